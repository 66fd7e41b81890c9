package org.segmentum.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.roaringbitmap.longlong.Roaring64Bitmap;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.time.DateResolver;

/**
 * Live segments of one shop: each defined segment keeps its members, and every change to the data or
 * to the clock updates them and reports who joined and who left (SERVICE.md §1, "live membership").
 *
 * <ul>
 *   <li>A change re-evaluates only the segments that read a filter the change can affect, and only for
 *   the customers it touches, with the per-customer evaluator.</li>
 *   <li>Time: membership can change only when the shop-local date changes (relative dates, anniversaries
 *   and scores are day-grained). At each local midnight, scores are recomputed and every time-dependent
 *   segment is re-derived with the bitmap evaluator; the difference is reported at that instant.</li>
 *   <li>Consistency: one read-write lock; a change, a clock move or a definition is applied whole under
 *   the write lock, so readers see each either fully applied or not at all.</li>
 * </ul>
 * Thread-safe.
 */
public final class LiveShop {
  private static final Set<String> ORDER_FILTERS = Set.of("amount_spent", "number_of_orders", "first_order_date",
      "last_order_date", "orders_placed", "products_purchased");
  private static final Set<String> EVENT_FILTERS = Set.of("shopify_email.opened", "shopify_email.clicked",
      "shopify_email.delivered", "shopify_email.bounced", "shopify_email.marked_as_spam",
      "shopify_email.unsubscribed", "storefront.product_viewed", "storefront.collection_viewed");

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final MutableStore store;
  private final ZoneId zone;
  private final Map<String, LiveSegment> segments = new LinkedHashMap<>();
  private Instant now;
  private ScoreBook scores;
  private Snapshot snapshot;
  private boolean dataChanged = true;
  private long sequence;

  private LiveShop(Store initial, Instant now) {
    this.store = new MutableStore(initial);
    this.zone = initial.shop().timezone();
    this.now = now;
    this.scores = ScoreBook.compute(List.copyOf(store.customers.values()), zone, LocalDate.ofInstant(now, zone));
  }

  /** Live segments over a store, with the clock at {@code now}. */
  public static LiveShop start(Store initial, Instant now) {
    return new LiveShop(Objects.requireNonNull(initial, "initial"), Objects.requireNonNull(now, "now"));
  }

  public Instant now() {
    return read(() -> now);
  }

  /** Defines (or redefines) a segment; reports its first members as joined (and, on redefinition, the difference). */
  public List<MembershipEvent> define(String id, CheckedQuery query) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    return write(() -> {
      LiveSegment segment = new LiveSegment(id, query);
      LiveSegment previous = segments.put(id, segment);
      if (previous != null) {
        segment.members.or(previous.members);
      }
      List<MembershipEvent> events = new ArrayList<>();
      rederive(segment, previous == null ? "segment defined" : "segment redefined", events);
      return events;
    });
  }

  /** Removes a segment; its members are reported as having left. */
  public List<MembershipEvent> remove(String id) {
    return write(() -> {
      LiveSegment segment = segments.remove(id);
      List<MembershipEvent> events = new ArrayList<>();
      if (segment != null) {
        segment.members.forEach(customer -> events.add(event(segment.id, customer, MembershipEvent.Type.LEFT,
            "segment removed")));
      }
      return events;
    });
  }

  /** Moves the clock forward to {@code to}, reporting what each local midnight on the way changed. */
  public List<MembershipEvent> advanceTo(Instant to) {
    Objects.requireNonNull(to, "to");
    return write(() -> {
      List<MembershipEvent> events = new ArrayList<>();
      advance(to, events);
      return events;
    });
  }

  /** Applies a change at an instant (the clock first moves there); reports who joined and left. */
  public List<MembershipEvent> apply(Change change, Instant at) {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(at, "at");
    return write(() -> {
      List<MembershipEvent> events = new ArrayList<>();
      advance(at, events);
      new ChangeApplier(this, events).apply(change);
      return events;
    });
  }

  /** The members of a segment, ascending ids (empty for an unknown segment). */
  public long[] members(String id) {
    return read(() -> {
      LiveSegment segment = segments.get(id);
      return segment == null ? new long[0] : segment.members.toArray();
    });
  }

  public long count(String id) {
    return read(() -> {
      LiveSegment segment = segments.get(id);
      return segment == null ? 0 : segment.members.getLongCardinality();
    });
  }

  public boolean isMember(String id, long customerId) {
    return read(() -> {
      LiveSegment segment = segments.get(id);
      return segment != null && segment.members.contains(customerId);
    });
  }

  /** The ids of the segments a customer is in, in definition order. */
  public List<String> segmentsOf(long customerId) {
    return read(() -> segments.values().stream().filter(s -> s.members.contains(customerId)).map(s -> s.id).toList());
  }

  /**
   * An engine over the current data and scores, with its clock stopped at {@link #now()}: for previews,
   * member lists and explanations. The snapshot is rebuilt only when the data changed since the last one.
   */
  public Engine engine() {
    return write(() -> Engine.over(snapshot(), java.time.Clock.fixed(now, zone)));
  }

  /** A customer as currently stored. */
  public java.util.Optional<org.segmentum.model.Customer> customer(long customerId) {
    return read(() -> java.util.Optional.ofNullable(store.customers.get(customerId)).map(view -> view.customer));
  }

  /** The customer's RFM group as of the last score computation ({@code PROSPECTS} when not scored or unknown). */
  public RfmGroup rfmGroup(long customerId) {
    return read(() -> scores.group(customerId));
  }

  /** The customer's predicted spend tier as of the last score computation ({@code LOW} when not scored or unknown). */
  public SpendTier spendTier(long customerId) {
    return read(() -> scores.tier(customerId));
  }

  /** How the current customers spread over the R×FM grid, by their scores as of the last computation. */
  public RfmGrid rfmGrid() {
    return read(() -> scores.grid(store.customers.keySet()));
  }

  /** The shop's products, in the order they were first stored. */
  public List<org.segmentum.model.Product> products() {
    return read(() -> List.copyOf(store.products.values()));
  }

  /** A customer's derived facts (amount spent, orders, first and last order) as of now; empty for an unknown id. */
  public java.util.Optional<CustomerFacts> facts(long customerId) {
    return read(() -> java.util.Optional.ofNullable(store.customers.get(customerId)).map(view -> new CustomerFacts(
        customerId, view.amountSpent, view.numberOfOrders, java.util.Optional.ofNullable(view.firstOrder),
        java.util.Optional.ofNullable(view.lastOrder))));
  }

  /** The shop's metafield definitions (what customer records and queries are checked against). */
  public List<org.segmentum.query.MetafieldDefinition> metafieldDefinitions() {
    return read(() -> List.copyOf(store.definitions.values()));
  }

  /**
   * Customers whose first name, last name, full name or email contains the text (case-insensitive), by
   * ascending id, at most {@code limit}. A linear scan: for finding a customer by hand, not for bulk use.
   */
  public List<org.segmentum.model.Customer> searchCustomers(String text, int limit) {
    String needle = text.toLowerCase(java.util.Locale.ROOT);
    return read(() -> store.customers.values().stream().map(view -> view.customer)
        .filter(c -> contains(c.firstName(), needle) || contains(c.lastName(), needle) || contains(c.email(), needle)
            || contains((c.firstName() == null ? "" : c.firstName()) + " " + (c.lastName() == null ? "" : c.lastName()),
            needle))
        .limit(limit).toList());
  }

  private static boolean contains(String value, String needle) {
    return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(needle);
  }

  /** The number of customers. */
  public int customerCount() {
    return read(() -> store.customers.size());
  }

  /** The ids of the segments, in definition order. */
  public List<String> segmentIds() {
    return read(() -> List.copyOf(segments.keySet()));
  }

  /** A consistent copy of every segment's members, taken under one read lock. */
  public Map<String, long[]> allMembers() {
    return read(() -> {
      Map<String, long[]> all = new LinkedHashMap<>();
      segments.forEach((id, s) -> all.put(id, s.members.toArray()));
      return all;
    });
  }

  /**
   * Every segment evaluated from scratch over the current data (a fresh snapshot, same scores), without
   * changing anything: what the incremental members must equal. For tests and consistency checks.
   */
  public Map<String, long[]> fullReevaluation() {
    return write(() -> {
      Snapshot fresh = SnapshotBuilder.build(store.toStore(), scores);
      Map<String, long[]> all = new LinkedHashMap<>();
      for (LiveSegment segment : segments.values()) {
        BitmapEvaluator evaluator = new BitmapEvaluator(fresh, DateResolver.at(now, zone), null);
        all.put(segment.id, evaluator.evaluate(segment.query.expr()).stream().mapToLong(i -> fresh.customers.ids[i])
            .toArray());
      }
      return all;
    });
  }

  // ---- used by ChangeApplier, under the write lock ----

  /** The records, for tests in this package (not thread-safe: use between calls only). */
  MutableStore storeForTests() {
    return store;
  }

  MutableStore store() {
    return store;
  }

  void dataChanged() {
    dataChanged = true;
  }

  Iterable<LiveSegment> segments() {
    return segments.values();
  }

  /** Segments that read any of the filters (all of them when {@code filters} is null). */
  List<LiveSegment> reading(Set<String> filters) {
    return segments.values().stream().filter(s -> filters == null || s.reads(filters)).toList();
  }

  static Set<String> orderFilters() {
    return ORDER_FILTERS;
  }

  static Set<String> eventFilters() {
    return EVENT_FILTERS;
  }

  /** Re-evaluates one customer for the given segments with the per-customer evaluator. */
  void reevaluate(long customerId, List<LiveSegment> affected, String cause, List<MembershipEvent> events) {
    ReferenceCustomer view = store.customers.get(customerId);
    CustomerPredicate predicate = new CustomerPredicate(zone, now,
        new ReferenceFunctions(store.products, store.parents, null));
    for (LiveSegment segment : affected) {
      boolean member = view != null && predicate.holds(segment.query.expr(), view, scores.group(customerId),
          scores.tier(customerId));
      update(segment, customerId, member, cause, events);
    }
  }

  /** Re-derives a whole segment with the bitmap evaluator over a current snapshot. */
  void rederive(LiveSegment segment, String cause, List<MembershipEvent> events) {
    Snapshot current = snapshot();
    BitmapEvaluator evaluator = new BitmapEvaluator(current, DateResolver.at(now, zone), null);
    org.roaringbitmap.RoaringBitmap ordinals = evaluator.evaluate(segment.query.expr());
    Roaring64Bitmap fresh = new Roaring64Bitmap();
    long[] ids = current.customers.ids;
    ordinals.forEach((int i) -> fresh.addLong(ids[i]));
    Roaring64Bitmap left = Roaring64Bitmap.andNot(segment.members, fresh);
    Roaring64Bitmap joined = Roaring64Bitmap.andNot(fresh, segment.members);
    left.forEach(customer -> update(segment, customer, false, cause, events));
    joined.forEach(customer -> update(segment, customer, true, cause, events));
  }

  void update(LiveSegment segment, long customerId, boolean member, String cause, List<MembershipEvent> events) {
    boolean was = segment.members.contains(customerId);
    if (member && !was) {
      segment.members.addLong(customerId);
      events.add(event(segment.id, customerId, MembershipEvent.Type.JOINED, cause));
    } else if (!member && was) {
      segment.members.removeLong(customerId);
      events.add(event(segment.id, customerId, MembershipEvent.Type.LEFT, cause));
    }
  }

  private MembershipEvent event(String segment, long customer, MembershipEvent.Type type, String cause) {
    return new MembershipEvent(++sequence, segment, customer, now, type, cause);
  }

  private void advance(Instant to, List<MembershipEvent> events) {
    if (to.isBefore(now)) {
      throw new IllegalArgumentException("the clock only moves forward: at " + now + ", asked for " + to);
    }
    while (true) {
      Instant midnight = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
      if (midnight.isAfter(to)) {
        break;
      }
      now = midnight;
      scores = ScoreBook.compute(List.copyOf(store.customers.values()), zone, LocalDate.ofInstant(now, zone));
      if (snapshot != null && !dataChanged) {
        snapshot = snapshot.withScores(scores.forCustomers(snapshot.customers.ids));
      } else {
        dataChanged = true;
      }
      for (LiveSegment segment : segments.values()) {
        if (segment.timeDependent) {
          rederive(segment, "time", events);
        }
      }
    }
    now = to;
  }

  private Snapshot snapshot() {
    if (snapshot == null || dataChanged) {
      snapshot = SnapshotBuilder.build(store.toStore(), scores);
      dataChanged = false;
    }
    return snapshot;
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
