package org.segmentum.query;

/**
 * Whether a query can change its answer when only the clock moves: any relative date or named day, any
 * anniversary, and store-relative scores that are recomputed daily (RFM group, spend tier).
 */
final class TimeDependence {
  private TimeDependence() {
  }

  static boolean of(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> or.operands().stream().anyMatch(TimeDependence::of);
      case Expr.And and -> and.operands().stream().anyMatch(TimeDependence::of);
      case Expr.Not not -> of(not.operand());
      case Expr.Clause clause -> clause.subject() instanceof Subject.Anniversary
          || isScore(clause.subject()) || of(clause.test());
    };
  }

  private static boolean isScore(Subject subject) {
    return subject instanceof Subject.Filter filter
        && (filter.name().equals("rfm_group") || filter.name().equals("predicted_spend_tier"));
  }

  private static boolean of(Test test) {
    return switch (test) {
      case Test.Compare compare -> relative(compare.value());
      case Test.Between between -> relative(between.low()) || relative(between.high());
      case Test.Contains contains -> false;
      case Test.IsNull isNull -> false;
      case Test.Matches matches -> matches.params().stream().anyMatch(p -> switch (p.test()) {
        case Test.Compare compare -> relative(compare.value());
        case Test.Between between -> relative(between.low()) || relative(between.high());
        case ParamTest.In in -> false;
      });
    };
  }

  private static boolean relative(Value value) {
    return value instanceof Value.DateOffset || value instanceof Value.NamedDate;
  }
}
