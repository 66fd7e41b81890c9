package org.segmentum.sql;

import java.math.BigDecimal;
import java.util.List;
import org.segmentum.query.Value;

/** Reads literals of checked queries; the checker guarantees their types, so a mismatch is a bug. */
final class Literals {
  private Literals() {
  }

  static BigDecimal decimal(Value value) {
    return switch (value) {
      case Value.Whole whole -> BigDecimal.valueOf(whole.value());
      case Value.Decimal decimal -> decimal.value();
      default -> throw new SqlException("expected a number, got " + value);
    };
  }

  static long whole(Value value) {
    if (value instanceof Value.Whole whole) {
      return whole.value();
    }
    throw new SqlException("expected an integer, got " + value);
  }

  static List<Long> wholes(List<Value> values) {
    return values.stream().map(Literals::whole).distinct().toList();
  }

  static String text(Value value) {
    if (value instanceof Value.Text text) {
      return text.text();
    }
    throw new SqlException("expected text, got " + value);
  }

  static Value.DateValue date(Value value) {
    if (value instanceof Value.DateValue date) {
      return date;
    }
    throw new SqlException("expected a date, got " + value);
  }
}
