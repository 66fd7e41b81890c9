package org.segmentum.query;

import java.util.List;

/** What a function parameter asks: a comparison, a range, or membership in a list of values. */
public sealed interface ParamTest permits Test.Compare, Test.Between, ParamTest.In {

  /** {@code [NOT] IN (v1, v2, ...)}. */
  record In(boolean negated, List<Value> values) implements ParamTest {
    public In {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("IN needs at least one value");
      }
    }
  }
}
