package org.segmentum.query;

import java.util.List;
import java.util.Objects;

/** The outcome of checking a query: valid with its checked form, or invalid with every problem found. */
public sealed interface Validation {
  /** The text that was checked. */
  String source();

  /** The problems, ordered by position; empty when valid. */
  List<Diagnostic> diagnostics();

  /** A query with no problems. */
  record Valid(CheckedQuery query) implements Validation {
    public Valid {
      Objects.requireNonNull(query, "query");
    }

    @Override
    public String source() {
      return query.source();
    }

    @Override
    public List<Diagnostic> diagnostics() {
      return List.of();
    }
  }

  /** A query with at least one problem. */
  record Invalid(String source, List<Diagnostic> diagnostics) implements Validation {
    public Invalid {
      Objects.requireNonNull(source, "source");
      diagnostics = List.copyOf(diagnostics);
      if (diagnostics.isEmpty()) {
        throw new IllegalArgumentException("an invalid query has at least one diagnostic");
      }
    }
  }
}
