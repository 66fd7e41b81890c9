package org.segmentum.query;

import java.util.Objects;

/** One parameter of a function clause, e.g. {@code date >= -30d} inside {@code MATCHES (...)}. */
public record Param(String name, ParamTest test, Span nameSpan, Span operator, Span span) {
  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(nameSpan, "nameSpan");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(span, "span");
  }

  /** A parameter built in code, without source positions. */
  public static Param of(String name, ParamTest test) {
    return new Param(name, test, Span.NONE, Span.NONE, Span.NONE);
  }
}
