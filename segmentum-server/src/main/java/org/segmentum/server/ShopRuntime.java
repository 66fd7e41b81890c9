package org.segmentum.server;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.segmentum.engine.LiveShop;
import org.segmentum.engine.MembershipEvent;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.query.Validation;
import org.segmentum.storage.NewEvent;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StoreRebuild;
import org.segmentum.storage.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shop at run time: its live segments in memory over the data rebuilt from storage, and the order in
 * which its changes happen. Every write to the shop runs {@link #exclusive} (one at a time), stores the
 * data first, then applies it to the engine, then makes the resulting joined/left events durable; so the
 * engine never runs ahead of storage, and a crash between the two is repaired by {@link #reconcile} at
 * the next start. Reads (counts, members) go to the engine without waiting for writers.
 */
final class ShopRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(ShopRuntime.class);

  private final Storage storage;
  private final Clock clock;
  private final ShopRow shop;
  private final LiveShop live;
  private final ReentrantLock writes = new ReentrantLock();
  private final Map<Long, SegmentRow> segments = new ConcurrentSkipListMap<>();
  private final Consumer<List<StoredEvent>> afterEvents;
  private volatile LocalDate countedDay;

  private ShopRuntime(Storage storage, Clock clock, ShopRow shop, LiveShop live, Consumer<List<StoredEvent>> afterEvents) {
    this.storage = storage;
    this.clock = clock;
    this.shop = shop;
    this.live = live;
    this.afterEvents = afterEvents;
  }

  /** Rebuilds the shop from storage, defines its segments and reconciles their membership with storage. */
  static ShopRuntime load(Storage storage, ShopRow shop, Clock clock, Consumer<List<StoredEvent>> afterEvents) {
    StoreRebuild.Result rebuilt = storage.read(tx -> StoreRebuild.of(tx, shop));
    rebuilt.problems().forEach(problem -> LOG.warn("shop {}: {}", shop.id(), problem));
    LiveShop live = LiveShop.start(rebuilt.store(), clock.instant());
    ShopRuntime runtime = new ShopRuntime(storage, clock, shop, live, afterEvents);
    List<SegmentRow> rows = storage.read(tx -> tx.segments().list(shop.id()));
    for (SegmentRow row : rows) {
      runtime.segments.put(row.id(), row);
      runtime.checked(row.query()).ifPresentOrElse(query -> live.define(key(row.id()), query),
          () -> LOG.warn("shop {}: segment {} has a query that no longer checks; it has no members", shop.id(), row.id()));
    }
    runtime.exclusive(runtime::reconcile);
    return runtime;
  }

  ShopRow shop() {
    return shop;
  }

  LiveShop live() {
    return live;
  }

  Storage storage() {
    return storage;
  }

  Clock clock() {
    return clock;
  }

  /** The instant changes are applied at: the clock, never before the engine's own time. */
  java.time.Instant now() {
    java.time.Instant clockNow = clock.instant();
    java.time.Instant liveNow = live.now();
    return clockNow.isAfter(liveNow) ? clockNow : liveNow;
  }

  /** The segments, by id (a consistent copy). */
  Collection<SegmentRow> segments() {
    return List.copyOf(segments.values());
  }

  Optional<SegmentRow> segment(long id) {
    return Optional.ofNullable(segments.get(id));
  }

  /** The query language with this shop's metafield definitions. */
  Query language() {
    return Query.language().withSchema(ShopSchema.of(live.metafieldDefinitions()));
  }

  /** Checks a query against the shop; the diagnostics when invalid. */
  Validation validate(String text) {
    return language().validate(text);
  }

  private Optional<CheckedQuery> checked(String text) {
    return validate(text) instanceof Validation.Valid valid ? Optional.of(valid.query()) : Optional.empty();
  }

  /** Runs a write to this shop; writes of one shop never interleave. */
  <T> T exclusive(Supplier<T> work) {
    writes.lock();
    try {
      return work.get();
    } finally {
      writes.unlock();
    }
  }

  /** Puts a stored segment live (or changes its live query) and records who joined and left. */
  List<StoredEvent> putLive(SegmentRow row, CheckedQuery query) {
    requireExclusive();
    segments.put(row.id(), row);
    List<StoredEvent> events = record(live.define(key(row.id()), query));
    LocalDate today = LocalDate.ofInstant(live.now(), shop.timezone());
    long members = live.count(key(row.id()));
    storage.write(tx -> {
      tx.counts().record(row.id(), today, members, clock.instant());
      return null;
    });
    return events;
  }

  /** Updates the cached row of a segment whose live query did not change. */
  void putRow(SegmentRow row) {
    requireExclusive();
    segments.put(row.id(), row);
  }

  /** Takes a deleted segment out; its members left, but the stored log of a deleted segment is not extended. */
  void removeLive(long id) {
    requireExclusive();
    segments.remove(id);
    live.remove(key(id));
  }

  /** Makes engine events durable (and tells the listeners); call right after the engine produced them. */
  List<StoredEvent> record(List<MembershipEvent> events) {
    requireExclusive();
    if (events.isEmpty()) {
      return List.of();
    }
    List<NewEvent> rows = new ArrayList<>(events.size());
    for (MembershipEvent event : events) {
      rows.add(new NewEvent(Long.parseLong(event.segment()), event.customerId(),
          event.type() == MembershipEvent.Type.JOINED, event.at(), event.cause()));
    }
    List<StoredEvent> stored = storage.write(tx -> tx.memberships().append(shop.id(), rows));
    afterEvents.accept(stored);
    return stored;
  }

  /** Tells the listeners that a segment lifecycle event is durable (they get no membership events). */
  void segmentLogged() {
    afterEvents.accept(List.of());
  }

  /** Moves the shop's clock to now: what time passing changed is recorded; counts are kept once a day. */
  void tick() {
    exclusive(() -> {
      record(live.advanceTo(now()));
      LocalDate today = LocalDate.ofInstant(live.now(), shop.timezone());
      if (!today.equals(countedDay)) {
        recordCounts(today);
        countedDay = today;
      }
      return null;
    });
  }

  /** Records today's count of every segment (the size-over-time chart). */
  void recordCounts(LocalDate today) {
    storage.write(tx -> {
      for (SegmentRow row : segments.values()) {
        tx.counts().record(row.id(), today, live.count(key(row.id())), clock.instant());
      }
      return null;
    });
  }

  /**
   * Compares the engine's membership with the last durable one and records the difference: what a crash
   * between storing data and storing its events swallowed, and what time changed while the service was down.
   */
  private Void reconcile() {
    Map<Long, long[]> stored = storage.read(tx -> tx.memberships().members(shop.id()));
    List<NewEvent> differences = new ArrayList<>();
    for (SegmentRow row : segments.values()) {
      long[] now = live.members(key(row.id()));
      long[] before = stored.getOrDefault(row.id(), new long[0]);
      Set<Long> was = new HashSet<>();
      for (long id : before) {
        was.add(id);
      }
      Set<Long> is = new HashSet<>();
      for (long id : now) {
        is.add(id);
        if (!was.contains(id)) {
          differences.add(new NewEvent(row.id(), id, true, live.now(), "reconciled at start"));
        }
      }
      for (long id : before) {
        if (!is.contains(id)) {
          differences.add(new NewEvent(row.id(), id, false, live.now(), "reconciled at start"));
        }
      }
    }
    if (!differences.isEmpty()) {
      LOG.info("shop {}: {} membership changes recorded while reconciling", shop.id(), differences.size());
      List<StoredEvent> recorded = storage.write(tx -> tx.memberships().append(shop.id(), differences));
      afterEvents.accept(recorded);
    }
    return null;
  }

  static String key(long segmentId) {
    return Long.toString(segmentId);
  }

  private void requireExclusive() {
    if (!writes.isHeldByCurrentThread()) {
      throw new IllegalStateException("a write to shop " + shop.id() + " outside exclusive()");
    }
  }
}
