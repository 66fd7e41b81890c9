package org.segmentum.engine;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.segmentum.query.Value;

/** Reads literals of checked queries; the checker guarantees their types, so a mismatch is a bug. */
final class Literals {
  private Literals() {
  }

  static BigDecimal decimal(Value value) {
    return switch (value) {
      case Value.Whole whole -> BigDecimal.valueOf(whole.value());
      case Value.Decimal decimal -> decimal.value();
      default -> throw new EngineException("expected a number, got " + value);
    };
  }

  static long whole(Value value) {
    if (value instanceof Value.Whole whole) {
      return whole.value();
    }
    throw new EngineException("expected an integer, got " + value);
  }

  static String text(Value value) {
    if (value instanceof Value.Text text) {
      return text.text();
    }
    throw new EngineException("expected text, got " + value);
  }

  static Value.DateValue date(Value value) {
    if (value instanceof Value.DateValue date) {
      return date;
    }
    throw new EngineException("expected a date, got " + value);
  }

  static Set<Long> wholes(List<Value> values) {
    Set<Long> result = new HashSet<>();
    values.forEach(v -> result.add(whole(v)));
    return result;
  }
}
