package org.segmentum.query;

import java.util.List;
import java.util.Objects;

/** What a clause asks of its subject. Closed: handle it with an exhaustive {@code switch}. */
public sealed interface Test {

  /** {@code = != > >= < <=} against one value. */
  record Compare(Cmp op, Value value) implements Test, ParamTest {
    public Compare {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code BETWEEN low AND high}, inclusive at both ends; empty when low is after high. */
  record Between(Value low, Value high) implements Test, ParamTest {
    public Between {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }
  }

  /** {@code [NOT] CONTAINS value} on a list filter. */
  record Contains(boolean negated, Value value) implements Test {
    public Contains {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code IS [NOT] NULL}: missing value, or empty list. */
  record IsNull(boolean negated) implements Test {
  }

  /** {@code [NOT] MATCHES (params)} on a function; no parameters means "has at least one record". */
  record Matches(boolean negated, List<Param> params) implements Test {
    public Matches {
      params = List.copyOf(params);
    }
  }
}
