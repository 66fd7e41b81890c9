package org.segmentum.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;
import org.segmentum.query.Subject;
import org.segmentum.query.time.DateResolver;

/**
 * The in-memory segment engine of one shop: loads a store into columns and indexes, and answers checked
 * queries at any instant. Store-relative scores (RFM group, spend tier) are as of the shop-local date of
 * the clock when loaded. Immutable and thread-safe.
 */
public final class Engine {
  private final Snapshot snapshot;
  private final Clock clock;

  private Engine(Snapshot snapshot, Clock clock) {
    this.snapshot = snapshot;
    this.clock = clock;
  }

  /** Loads a store; scores are computed as of the clock's current shop-local date. */
  public static Engine load(Store store, Clock clock) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    LocalDate today = LocalDate.ofInstant(clock.instant(), store.shop().timezone());
    Snapshot snapshot = SnapshotBuilder.build(store, today);
    snapshot.customers.indexColumns();
    return new Engine(snapshot, clock);
  }

  /** An engine over a snapshot that live segments keep current. */
  static Engine over(Snapshot snapshot, Clock clock) {
    return new Engine(snapshot, clock);
  }

  /** The snapshot, for tests in this package. */
  Snapshot snapshotForTests() {
    return snapshot;
  }

  /**
   * Forgets cached clause results, so that the next evaluations start cold. Results never go stale on
   * their own (the data is immutable and the cache is keyed by the shop-local date); this is for
   * benchmarks and for operators who want the memory back.
   */
  public void dropCaches() {
    snapshot.cache.clear();
  }

  public int customerCount() {
    return snapshot.size();
  }

  public ZoneId zone() {
    return snapshot.zone;
  }

  /** The shop-local date the RFM groups and spend tiers are as of. */
  public LocalDate scoresAsOf() {
    return snapshot.scores.asOf();
  }

  /** Members of a query now (by the engine's clock). */
  public Membership evaluate(CheckedQuery query) {
    return evaluate(query, clock.instant());
  }

  /** Members of a query at a given instant. */
  public Membership evaluate(CheckedQuery query, Instant now) {
    Objects.requireNonNull(query, "query");
    BitmapEvaluator evaluator = new BitmapEvaluator(snapshot, DateResolver.at(now, snapshot.zone), null);
    return new Membership(snapshot, evaluator.evaluate(query.expr()));
  }

  /** The ids of the segments (of those given) that a customer is in; the customer's ordinal is found once. */
  public List<String> segmentsOf(long customerId, Map<String, Membership> segments) {
    int ordinal = snapshot.customers.ordinalOrMinusOne(customerId);
    List<String> result = new ArrayList<>();
    if (ordinal < 0) {
      return result;
    }
    segments.forEach((id, membership) -> {
      if (membership.containsOrdinal(snapshot, ordinal)) {
        result.add(id);
      }
    });
    return result;
  }

  /** Why a customer is or is not a member at an instant; empty when the shop has no such customer. */
  public Optional<Explanation> why(CheckedQuery query, long customerId, Instant now) {
    OptionalInt ordinal = snapshot.customers.ordinalOf(customerId);
    if (ordinal.isEmpty()) {
      return Optional.empty();
    }
    RoaringBitmap universe = RoaringBitmap.bitmapOf(ordinal.getAsInt());
    BitmapEvaluator evaluator = new BitmapEvaluator(snapshot, DateResolver.at(now, snapshot.zone), universe);
    return Optional.of(explain(query.expr(), evaluator, ordinal.getAsInt(), new CustomerValues(snapshot)));
  }

  private Explanation explain(Expr expr, BitmapEvaluator evaluator, int ordinal, CustomerValues values) {
    boolean holds = evaluator.evaluate(expr).contains(ordinal);
    List<Explanation> children = switch (expr) {
      case Expr.Or or -> or.operands().stream().map(e -> explain(e, evaluator, ordinal, values)).toList();
      case Expr.And and -> and.operands().stream().map(e -> explain(e, evaluator, ordinal, values)).toList();
      case Expr.Not not -> List.of(explain(not.operand(), evaluator, ordinal, values));
      case Expr.Clause clause -> List.of();
    };
    String own = expr instanceof Expr.Clause clause ? switch (clause.subject()) {
      case Subject.Filter filter -> filter.name() + ": " + values.of(filter.name(), ordinal);
      case Subject.Anniversary anniversary -> anniversary.attribute() + ": "
          + values.of(anniversary.attribute(), ordinal);
    } : "";
    return new Explanation(Query.print(expr), holds, own, children);
  }
}
