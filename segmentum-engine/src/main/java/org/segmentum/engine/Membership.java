package org.segmentum.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.LongStream;
import org.roaringbitmap.RoaringBitmap;

/**
 * The members of a query at one instant over one snapshot: count, ids, sorted pages, statistics and
 * membership tests. Immutable (the bitmap may be shared with the engine's cache and is never changed).
 */
public final class Membership {
  private final Snapshot snapshot;
  private final RoaringBitmap members;

  Membership(Snapshot snapshot, RoaringBitmap members) {
    this.snapshot = snapshot;
    this.members = members;
  }

  public int count() {
    return members.getCardinality();
  }

  /** Members as a share of all customers, 0 to 1 (0 for a shop without customers). */
  public double share() {
    return snapshot.size() == 0 ? 0 : (double) count() / snapshot.size();
  }

  public boolean contains(long customerId) {
    int ordinal = snapshot.customers.ordinalOrMinusOne(customerId);
    return ordinal >= 0 && members.contains(ordinal);
  }

  /** Whether the customer at this ordinal of this membership's snapshot is a member. */
  boolean containsOrdinal(Snapshot of, int ordinal) {
    return of == snapshot ? members.contains(ordinal) : contains(of.customers.ids[ordinal]);
  }

  /** Member ids in ascending order. */
  public LongStream customerIds() {
    long[] ids = snapshot.customers.ids;
    return members.stream().mapToLong(i -> ids[i]);
  }

  /**
   * One page of members in the order of {@code key}; customers without a value for the key come last
   * in both directions; ties are broken by ascending id. Costs O(n log(offset + limit)).
   */
  public List<Long> page(SortKey key, boolean descending, int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    int wanted = (int) Math.min((long) offset + limit, count());
    if (wanted <= offset) {
      return List.of();
    }
    LongColumn column = key.column(snapshot.customers);
    // Ordinals follow ascending id, so comparing ordinals breaks ties by id.
    java.util.Comparator<Integer> order = (a, b) -> {
      boolean missingA = !column.isPresent(a);
      boolean missingB = !column.isPresent(b);
      if (missingA != missingB) {
        return missingA ? 1 : -1;
      }
      int byKey = missingA ? 0 : Long.compare(column.get(a), column.get(b));
      return byKey != 0 ? (descending ? -byKey : byKey) : Integer.compare(a, b);
    };
    PriorityQueue<Integer> best = new PriorityQueue<>(wanted + 1, order.reversed());
    members.forEach((int i) -> {
      if (best.size() < wanted) {
        best.add(i);
      } else if (order.compare(i, best.peek()) < 0) {
        best.poll();
        best.add(i);
      }
    });
    List<Integer> sorted = new ArrayList<>(best);
    sorted.sort(order);
    long[] ids = snapshot.customers.ids;
    return sorted.subList(offset, sorted.size()).stream().map(i -> ids[i]).toList();
  }

  /** One member with the facts an export needs. */
  public record MemberRow(long customerId, java.math.BigDecimal amountSpent, long numberOfOrders) {
  }

  /** Members in ascending id order with their spend and order count, streamed. */
  public java.util.stream.Stream<MemberRow> rows() {
    CustomerTable customers = snapshot.customers;
    return members.stream().mapToObj(i -> new MemberRow(customers.ids[i], Money.decimal(customers.amountSpent.get(i))
        .setScale(2, java.math.RoundingMode.HALF_EVEN), customers.numberOfOrders.get(i)));
  }

  /** The spend and order count of one customer of the snapshot (member or not); empty for an unknown id. */
  public java.util.Optional<MemberRow> row(long customerId) {
    CustomerTable customers = snapshot.customers;
    java.util.OptionalInt ordinal = customers.ordinalOf(customerId);
    if (ordinal.isEmpty()) {
      return java.util.Optional.empty();
    }
    int i = ordinal.getAsInt();
    return java.util.Optional.of(new MemberRow(customerId, Money.decimal(customers.amountSpent.get(i))
        .setScale(2, java.math.RoundingMode.HALF_EVEN), customers.numberOfOrders.get(i)));
  }

  public Statistics statistics() {
    long amount = 0;
    long orders = 0;
    for (org.roaringbitmap.IntIterator it = members.getIntIterator(); it.hasNext(); ) {
      int i = it.next();
      amount += snapshot.customers.amountSpent.get(i);
      orders += snapshot.customers.numberOfOrders.get(i);
    }
    return Statistics.of(count(), amount, orders);
  }
}
