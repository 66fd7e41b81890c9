package org.segmentum.query;

import java.util.Objects;

/** What a clause tests: a filter of the catalog, or the anniversary of a date attribute. */
public sealed interface Subject {
  Span span();

  /** A filter by name, e.g. {@code amount_spent} or {@code metafields.loyalty.points}. */
  record Filter(String name, Span span) implements Subject {
    public Filter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(span, "span");
    }

    public static Filter of(String name) {
      return new Filter(name, Span.NONE);
    }
  }

  /** {@code anniversary('birth_date')}: the month and day of a date attribute, year ignored. */
  record Anniversary(String attribute, Span span) implements Subject {
    public Anniversary {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(span, "span");
    }

    public static Anniversary of(String attribute) {
      return new Anniversary(attribute, Span.NONE);
    }
  }
}
