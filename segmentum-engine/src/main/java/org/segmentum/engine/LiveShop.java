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
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.time.DateResolver;

/**
 * Live segments of one shop: each defined segment keeps its members, and every change to the data or
 * to the clock updates them and reports who joined and who left (SERVICE.md §1, "live membership").
 *
 * <ul>
 *   <li>A change re-evaluates, for the customers it touches, only the segments holding a clause whose
 *   truth it flipped for them ({@link LiveClauses}: the distinct clauses of all segments, compiled per
 *   day, evaluated before and after the change).</li>
 *   <li>Time: membership can change only when the shop-local date changes (relative dates, anniversaries
 *   and scores are day-grained). At each local midnight, scores are recomputed and every time-dependent
 *   segment is re-derived with the bitmap evaluator; the difference is reported at that instant.</li>
 *   <li>Consistency: one read-write lock; a change, a clock move or a definition is applied whole under
 *   the write lock, so readers see each either fully applied or not at all.</li>
 * </ul>
 * Thread-safe.
 */
public final class LiveShop {
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
  private LiveClauses clauses;
  /** Snapshot ordinal to customer slot, for the current snapshot (null when not computed yet). */
  private int[] slotOfOrdinal;
  /** The first shop-local midnight after {@link #now}. */
  private Instant nextMidnight;

  private LiveShop(Store initial, Instant now) {
    this.store = new MutableStore(initial);
    this.zone = initial.shop().timezone();
    this.now = now;
    this.nextMidnight = midnightAfter(now);
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
      clauses = null;
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
      clauses = null;
      List<MembershipEvent> events = new ArrayList<>();
      if (segment != null) {
        for (long customer : store.ids(segment.members)) {
          events.add(event(segment.id, customer, MembershipEvent.Type.LEFT, "segment removed"));
        }
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
      return segment == null ? new long[0] : store.ids(segment.members);
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
      ReferenceCustomer view = segment == null ? null : store.customer(customerId);
      return view != null && segment.members.contains(view.slot);
    });
  }

  /** The ids of the segments a customer is in, in definition order. */
  public List<String> segmentsOf(long customerId) {
    return read(() -> {
      ReferenceCustomer view = store.customer(customerId);
      List<String> ids = new ArrayList<>();
      if (view != null) {
        for (LiveSegment segment : segments.values()) {
          if (segment.members.contains(view.slot)) {
            ids.add(segment.id);
          }
        }
      }
      return ids;
    });
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
      segments.forEach((id, s) -> all.put(id, store.ids(s.members)));
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

  static Set<String> eventFilters() {
    return EVENT_FILTERS;
  }

  /** The clauses of the segments compiled for the current day (compiled now if anything changed since). */
  LiveClauses clauses() {
    if (clauses == null) {
      LiveProbe.FallbackContext fallback = new LiveProbe.FallbackContext(new CustomerPredicate(zone, now,
          new ReferenceFunctions(store.products, store.parents, null)), scores);
      clauses = LiveClauses.compile(segments.values(), DateResolver.at(now, zone), store, fallback);
    }
    return clauses;
  }

  /** The clauses must be compiled again (products, categories or definitions changed). */
  void recompile() {
    clauses = null;
  }

  /** Re-derives a whole segment with the bitmap evaluator over a current snapshot. */
  void rederive(LiveSegment segment, String cause, List<MembershipEvent> events) {
    Snapshot current = snapshot();
    BitmapEvaluator evaluator = new BitmapEvaluator(current, DateResolver.at(now, zone), null);
    RoaringBitmap ordinals = evaluator.evaluate(segment.query.expr());
    RoaringBitmap fresh;
    if (slotOfOrdinal == null) {
      fresh = ordinals.clone();
    } else {
      int[] slots = new int[ordinals.getCardinality()];
      int k = 0;
      for (IntIterator it = ordinals.getIntIterator(); it.hasNext(); ) {
        slots[k++] = slotOfOrdinal[it.next()];
      }
      fresh = RoaringBitmap.bitmapOf(slots);
    }
    RoaringBitmap left = RoaringBitmap.andNot(segment.members, fresh);
    RoaringBitmap joined = RoaringBitmap.andNot(fresh, segment.members);
    for (long customer : store.ids(left)) {
      events.add(event(segment.id, customer, MembershipEvent.Type.LEFT, cause));
    }
    for (long customer : store.ids(joined)) {
      events.add(event(segment.id, customer, MembershipEvent.Type.JOINED, cause));
    }
    fresh.runOptimize();
    segment.members = fresh;
  }

  /** Brings one customer's membership of a segment to {@code member}, reporting a change. */
  void update(LiveSegment segment, ReferenceCustomer customer, boolean member, String cause,
              List<MembershipEvent> events) {
    RoaringBitmap members = segment.members;
    if (member ? members.checkedAdd(customer.slot) : members.checkedRemove(customer.slot)) {
      events.add(event(segment.id, customer.customer.id(), member ? MembershipEvent.Type.JOINED
          : MembershipEvent.Type.LEFT, cause));
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
      Instant midnight = nextMidnight;
      if (midnight.isAfter(to)) {
        break;
      }
      now = midnight;
      nextMidnight = midnightAfter(now);
      clauses = null;
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

  private Instant midnightAfter(Instant instant) {
    return LocalDate.ofInstant(instant, zone).plusDays(1).atStartOfDay(zone).toInstant();
  }

  private Snapshot snapshot() {
    if (snapshot == null || dataChanged) {
      snapshot = SnapshotBuilder.build(store.toStore(), scores);
      dataChanged = false;
      slotOfOrdinal = slotsOf(snapshot.customers.ids);
    }
    return snapshot;
  }

  /** The slot of each ordinal of a snapshot, or null when they are the same numbers. */
  private int[] slotsOf(long[] ids) {
    int[] slots = new int[ids.length];
    boolean same = true;
    for (int i = 0; i < ids.length; i++) {
      slots[i] = store.customer(ids[i]).slot;
      same &= slots[i] == i;
    }
    return same ? null : slots;
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
