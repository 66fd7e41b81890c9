package org.segmentum.engine;

import org.roaringbitmap.RoaringBitmap;
import org.segmentum.query.CheckedQuery;

/**
 * A defined segment with its materialised members (customer slots of the shop's {@link MutableStore})
 * and its query as a tree over the shop's compiled clauses ({@link LiveClauses}).
 */
final class LiveSegment {
  final String id;
  final CheckedQuery query;
  final boolean timeDependent;
  RoaringBitmap members = new RoaringBitmap();
  /** Set by {@link LiveClauses#compile}. */
  Plan plan;

  LiveSegment(String id, CheckedQuery query) {
    this.id = id;
    this.query = query;
    this.timeDependent = query.timeDependent();
  }

  /** A query as AND / OR / NOT over clause numbers of {@link LiveClauses}. */
  sealed interface Plan {
    record All(Plan[] operands) implements Plan {
    }

    record Any(Plan[] operands) implements Plan {
    }

    record Not(Plan operand) implements Plan {
    }

    record Leaf(int clause) implements Plan {
    }
  }
}
