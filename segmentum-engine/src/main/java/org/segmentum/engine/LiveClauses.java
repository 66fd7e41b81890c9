package org.segmentum.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.model.Order;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;
import org.segmentum.query.time.DateResolver;

/**
 * The distinct clauses of a live shop's segments, compiled for one shop-local day, and each segment as
 * a tree over them. A change to one customer costs work in proportion to the clauses it can affect,
 * not to the segments:
 *
 * <ol>
 *   <li>before the change, the clauses of the kind of change are evaluated (order-reading clauses only
 *   when the order's old or new version can count for them), and the facts are noted;</li>
 *   <li>after it, the same clauses again; for the facts, the interval of every clause over a changed
 *   fact is tested at the old and the new value, in one tight loop per fact;</li>
 *   <li>only the segments that hold a clause whose truth changed are evaluated for the customer, each
 *   clause at most once per customer and change (memoised); the others cannot have changed.</li>
 * </ol>
 * Rebuilt from the segments when they change, at each local midnight and on product, category or
 * custom-field definition changes. Not thread-safe: {@link LiveShop} guards it.
 */
final class LiveClauses {
  /** A clause's truth before a change, as {@link #before} gives it. */
  static final byte UNCHANGED = 0;
  static final byte FALSE = 1;
  static final byte TRUE = 2;

  private final LiveProbe[] probes;
  /** Segments in definition order; clauses name their readers by position here. */
  private final LiveSegment[] segments;
  private final int[][] readers;
  /** Positions of the segments collected by the last flips (a bitset, so that they come out in order). */
  private final long[] flipped;
  /** Per kind of change (bit index), the clauses of that kind that are not order or checkout facts. */
  private final int[][] byInput;
  /** Per order or checkout fact: the clauses over it, for the loop of {@link #factFlips}. */
  private final int[][] factClauses;
  private final int[] stamp;
  private final boolean[] value;
  /** The truth before the change of the clauses the change flipped (stamped like the memo). */
  private final int[] flippedStamp;
  private final boolean[] valueBefore;
  private int current = 1;
  private ReferenceCustomer memoFor;

  private LiveClauses(List<LiveProbe> probes, LiveSegment[] segments, List<List<Integer>> readers) {
    this.probes = probes.toArray(LiveProbe[]::new);
    this.segments = segments;
    this.readers = readers.stream().map(r -> r.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    this.flipped = new long[(segments.length + 63) >>> 6];
    this.stamp = new int[this.probes.length];
    this.value = new boolean[this.probes.length];
    this.flippedStamp = new int[this.probes.length];
    this.valueBefore = new boolean[this.probes.length];
    this.byInput = new int[6][];
    for (int bit = 0; bit < byInput.length; bit++) {
      List<Integer> ids = new ArrayList<>();
      for (int id = 0; id < this.probes.length; id++) {
        LiveProbe probe = this.probes[id];
        boolean orderFact = probe instanceof LiveProbe.Fact fact && fact.fact <= LiveProbe.ABANDONED;
        if ((probe.inputs & (1 << bit)) != 0 && !orderFact) {
          ids.add(id);
        }
      }
      byInput[bit] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    this.factClauses = new int[LiveProbe.ABANDONED + 1][];
    for (int f = 0; f < factClauses.length; f++) {
      List<Integer> ids = new ArrayList<>();
      for (int id = 0; id < this.probes.length; id++) {
        if (this.probes[id] instanceof LiveProbe.Fact fact && fact.fact == f) {
          ids.add(id);
        }
      }
      factClauses[f] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Compiles every segment's clauses for the day of {@code dates}, and gives each segment its plan. */
  static LiveClauses compile(Collection<LiveSegment> segments, DateResolver dates, MutableStore store,
                             LiveProbe.FallbackContext fallback) {
    Map<String, Integer> ids = new HashMap<>();
    List<LiveProbe> probes = new ArrayList<>();
    List<List<Integer>> readers = new ArrayList<>();
    LiveSegment[] ordered = segments.toArray(LiveSegment[]::new);
    for (int position = 0; position < ordered.length; position++) {
      ordered[position].plan = plan(ordered[position].query.expr(), position, ids, probes, readers, dates, store,
          fallback);
    }
    return new LiveClauses(probes, ordered, readers);
  }

  private static LiveSegment.Plan plan(Expr expr, int segment, Map<String, Integer> ids,
                                       List<LiveProbe> probes, List<List<Integer>> readers, DateResolver dates,
                                       MutableStore store, LiveProbe.FallbackContext fallback) {
    return switch (expr) {
      case Expr.And and -> new LiveSegment.Plan.All(and.operands().stream()
          .map(e -> plan(e, segment, ids, probes, readers, dates, store, fallback)).toArray(LiveSegment.Plan[]::new));
      case Expr.Or or -> new LiveSegment.Plan.Any(or.operands().stream()
          .map(e -> plan(e, segment, ids, probes, readers, dates, store, fallback)).toArray(LiveSegment.Plan[]::new));
      case Expr.Not not -> new LiveSegment.Plan.Not(plan(not.operand(), segment, ids, probes, readers, dates, store,
          fallback));
      case Expr.Clause clause -> {
        int id = ids.computeIfAbsent(Query.print(clause), text -> {
          probes.add(LiveProbe.of(clause, dates, store, fallback));
          readers.add(new ArrayList<>());
          return probes.size() - 1;
        });
        List<Integer> of = readers.get(id);
        if (of.isEmpty() || of.get(of.size() - 1) != segment) {
          of.add(segment);
        }
        yield new LiveSegment.Plan.Leaf(id);
      }
    };
  }

  /** Starts a new memo for one customer's current data: clause results are kept until the next call. */
  void memoFor(ReferenceCustomer customer) {
    current++;
    memoFor = customer;
  }

  /** Whether a segment holds for the customer of the memo. */
  boolean holds(LiveSegment.Plan plan) {
    return holds(plan, false);
  }

  /**
   * Whether a segment held for the customer of the memo before the change: the clauses the change
   * flipped (found by {@link #flips} and {@link #factFlips}) with their old truth, the others as now.
   */
  boolean held(LiveSegment.Plan plan) {
    return holds(plan, true);
  }

  private boolean holds(LiveSegment.Plan plan, boolean before) {
    return switch (plan) {
      case LiveSegment.Plan.Leaf leaf -> before && flippedStamp[leaf.clause()] == current
          ? valueBefore[leaf.clause()] : clause(leaf.clause());
      case LiveSegment.Plan.Not not -> !holds(not.operand(), before);
      case LiveSegment.Plan.All all -> {
        for (LiveSegment.Plan operand : all.operands()) {
          if (!holds(operand, before)) {
            yield false;
          }
        }
        yield true;
      }
      case LiveSegment.Plan.Any any -> {
        for (LiveSegment.Plan operand : any.operands()) {
          if (holds(operand, before)) {
            yield true;
          }
        }
        yield false;
      }
    };
  }

  private void flipped(int id, boolean before) {
    flippedStamp[id] = current;
    valueBefore[id] = before;
    collect(readers[id]);
  }

  private boolean clause(int id) {
    if (stamp[id] != current) {
      value[id] = probes[id].test(memoFor);
      stamp[id] = current;
    }
    return value[id];
  }

  private void remember(int id, boolean holds) {
    value[id] = holds;
    stamp[id] = current;
  }

  /**
   * The truth of the clauses of a kind of change for a customer, before the change ({@code input} is one
   * {@link LiveProbe} bit): {@link #TRUE}, {@link #FALSE}, or {@link #UNCHANGED} for a clause that neither
   * version of the order can change.
   */
  byte[] before(int input, ReferenceCustomer c, Order oldVersion, Order newVersion) {
    return before(input, c, oldVersion, newVersion, LiveProbe.ALL_FIELDS);
  }

  /** {@link #before} for a customer update: only the clauses reading a changed part of the record count. */
  byte[] before(int input, ReferenceCustomer c, Order oldVersion, Order newVersion, int changedFields) {
    int[] ids = byInput[Integer.numberOfTrailingZeros(input)];
    byte[] result = new byte[ids.length];
    for (int k = 0; k < ids.length; k++) {
      LiveProbe probe = probes[ids[k]];
      result[k] = (probe.fields & changedFields) == 0 || !reads(probe, input, oldVersion, newVersion) ? UNCHANGED
          : probe.test(c) ? TRUE : FALSE;
    }
    return result;
  }

  /**
   * After the change (the memo started for the customer): collects the segments holding a clause of the
   * kind whose truth differs from {@code before}.
   */
  void flips(int input, byte[] before) {
    int[] ids = byInput[Integer.numberOfTrailingZeros(input)];
    for (int k = 0; k < ids.length; k++) {
      if (before[k] != UNCHANGED && clause(ids[k]) != (before[k] == TRUE)) {
        flipped(ids[k], before[k] == TRUE);
      }
    }
  }

  private static boolean reads(LiveProbe probe, int input, Order oldVersion, Order newVersion) {
    return input != LiveProbe.ORDERS || probe.reads(oldVersion) || probe.reads(newVersion);
  }

  /** The segments holding a clause that a kind of change ({@link LiveProbe} bits) can affect, in order. */
  List<LiveSegment> reading(int inputs) {
    for (int id = 0; id < probes.length; id++) {
      if ((probes[id].inputs & inputs) != 0) {
        collect(readers[id]);
      }
    }
    return collected();
  }

  /** The order and checkout facts of a customer, to compare after a change with {@link #factFlips}. */
  static long[] facts(ReferenceCustomer c) {
    return new long[] {c.amountUnits, c.numberOfOrders, c.firstOrderAt, c.lastOrderAt, c.abandonedAt};
  }

  /** Adds the segments holding a fact clause whose truth differs between the old and the current facts. */
  void factFlips(long[] old, ReferenceCustomer c) {
    long[] now = facts(c);
    for (int f = 0; f < now.length; f++) {
      if (old[f] == now[f]) {
        continue;
      }
      for (int id : factClauses[f]) {
        LiveProbe.Fact fact = (LiveProbe.Fact) probes[id];
        boolean after = fact.test(now[f]);
        remember(id, after);
        if (fact.test(old[f]) != after) {
          flipped(id, !after);
        }
      }
    }
  }

  private void collect(int[] positions) {
    for (int position : positions) {
      flipped[position >>> 6] |= 1L << position;
    }
  }

  /** The segments collected by the flips since the last call, in definition order (and forgets them). */
  List<LiveSegment> collected() {
    List<LiveSegment> result = new ArrayList<>();
    for (int w = 0; w < flipped.length; w++) {
      long word = flipped[w];
      while (word != 0) {
        result.add(segments[(w << 6) + Long.numberOfTrailingZeros(word)]);
        word &= word - 1;
      }
      flipped[w] = 0;
    }
    return result;
  }
}
