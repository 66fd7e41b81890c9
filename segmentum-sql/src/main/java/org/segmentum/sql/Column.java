package org.segmentum.sql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.segmentum.query.Cmp;
import org.segmentum.query.time.SecondRange;
import org.segmentum.query.time.TimeCondition;

/**
 * A column or aggregate expression compared with query values. A nullable column is guarded with
 * {@code IS NOT NULL} in every comparison, so a missing value makes the comparison false rather than
 * NULL (two-valued logic).
 *
 * @param sql the expression, such as {@code f.amount_spent} or {@code COUNT(*)}
 * @param nullable whether it can be NULL
 */
record Column(String sql, boolean nullable) {
  private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  static Column nullable(String sql) {
    return new Column(sql, true);
  }

  static Column notNull(String sql) {
    return new Column(sql, false);
  }

  /** The column has a value. */
  Condition present() {
    return nullable ? Condition.leaf(sql + " IS NOT NULL") : Condition.TRUE;
  }

  /** The column is missing. */
  Condition missing() {
    return nullable ? Condition.leaf(sql + " IS NULL") : Condition.FALSE;
  }

  /** {@code column op ?}, false when the column is missing. */
  Condition is(String op, Object value) {
    return Condition.all(present(), Condition.leaf(sql + " " + op + " ?", value));
  }

  /** {@code column IN (?, ...)}, false when missing; {@code negated}: NOT IN, also false when missing. */
  Condition in(java.util.List<?> values, boolean negated) {
    if (values.size() == 1) {
      return is(negated ? "<>" : "=", values.get(0));
    }
    SqlText list = new SqlText.Builder().append(sql + (negated ? " NOT IN (" : " IN (")).params(values).append(")")
        .build();
    return Condition.all(present(), Condition.leaf(list));
  }

  /**
   * {@code column op literal} for a column holding whole multiples of {@code 10^-scale} (money in
   * ten-thousandths: scale 4; counts: scale 0). The literal becomes exact integer bounds: {@code > 2.5}
   * at scale 0 is {@code > 2}, {@code >= 2.5} is {@code >= 3}, {@code = 2.5} is false, {@code != 2.5}
   * any value; literals beyond the BIGINT range compare as such.
   */
  Condition compare(Cmp op, BigDecimal literal, int scale) {
    BigDecimal scaled = literal.movePointRight(scale);
    if (scaled.compareTo(MAX) > 0) {
      return switch (op) {
        case GT, GE, EQ -> Condition.FALSE;
        case LT, LE, NE -> present();
      };
    }
    if (scaled.compareTo(MIN) < 0) {
      return switch (op) {
        case LT, LE, EQ -> Condition.FALSE;
        case GT, GE, NE -> present();
      };
    }
    long floor = scaled.setScale(0, RoundingMode.FLOOR).longValueExact();
    long ceiling = scaled.setScale(0, RoundingMode.CEILING).longValueExact();
    boolean whole = floor == ceiling;
    return switch (op) {
      case EQ -> whole ? is("=", floor) : Condition.FALSE;
      case NE -> whole ? is("<>", floor) : present();
      case GT -> is(">", floor);
      case GE -> is(">=", ceiling);
      case LT -> is("<", ceiling);
      case LE -> is("<=", floor);
    };
  }

  /** {@code column BETWEEN low AND high} (inclusive) at a scale, as {@link #compare}; empty when reversed. */
  Condition between(BigDecimal low, BigDecimal high, int scale) {
    BigDecimal from = low.movePointRight(scale).setScale(0, RoundingMode.CEILING);
    BigDecimal to = high.movePointRight(scale).setScale(0, RoundingMode.FLOOR);
    if (from.compareTo(to) > 0 || from.compareTo(MAX) > 0 || to.compareTo(MIN) < 0) {
      return Condition.FALSE;
    }
    boolean fromOpen = from.compareTo(MIN) < 0;
    boolean toOpen = to.compareTo(MAX) > 0;
    if (fromOpen || toOpen) {
      return Condition.all(fromOpen ? present() : is(">=", from.longValueExact()),
          toOpen ? present() : is("<=", to.longValueExact()));
    }
    return Condition.all(present(), Condition.leaf(sql + " BETWEEN ? AND ?", from.longValueExact(),
        to.longValueExact()));
  }

  /** An instant column (epoch seconds) against a resolved date condition: inside or outside a range. */
  Condition within(TimeCondition condition) {
    SecondRange range = condition.range();
    Condition after = range.from() == Long.MIN_VALUE ? null : Condition.leaf(sql + " >= ?", range.from());
    Condition before = range.to() == Long.MAX_VALUE ? null : Condition.leaf(sql + " < ?", range.to());
    if (!condition.outside()) {
      if (range.isEmpty()) {
        return Condition.FALSE;
      }
      return Condition.all(present(), orTrue(after), orTrue(before));
    }
    if (range.isEmpty()) {
      return present();
    }
    Condition earlier = after == null ? Condition.FALSE : Condition.leaf(sql + " < ?", range.from());
    Condition later = before == null ? Condition.FALSE : Condition.leaf(sql + " >= ?", range.to());
    return Condition.all(present(), Condition.any(earlier, later));
  }

  private static Condition orTrue(Condition condition) {
    return condition == null ? Condition.TRUE : condition;
  }
}
