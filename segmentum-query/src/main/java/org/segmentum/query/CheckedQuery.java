package org.segmentum.query;

import java.util.Objects;

/**
 * A query that passed every check: its text as the user wrote it, its tree with canonical names, and
 * its canonical text. Immutable.
 */
public record CheckedQuery(String source, Expr expr, String canonical) {
  public CheckedQuery {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(canonical, "canonical");
  }

  /** Whether the query's truth can change with time alone (relative dates, anniversaries). */
  public boolean timeDependent() {
    return TimeDependence.of(expr);
  }
}
