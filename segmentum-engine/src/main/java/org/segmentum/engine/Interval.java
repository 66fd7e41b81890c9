package org.segmentum.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.segmentum.query.Cmp;
import org.segmentum.query.time.TimeCondition;

/**
 * A condition on a present {@code long} value: inside {@code [low, high]} (inclusive), or outside it
 * when {@code outside}. Missing values never match (two-valued logic), so callers test presence first.
 * Literals with more precision than the column are turned into exact integer bounds.
 */
record Interval(long low, long high, boolean outside) {
  static final Interval NONE = new Interval(1, 0, false);
  static final Interval ANY = new Interval(Long.MIN_VALUE, Long.MAX_VALUE, false);

  boolean test(long value) {
    return (value >= low && value <= high) != outside;
  }

  /** {@code column op literal}, where the column holds the literal times 10^scale. */
  static Interval compare(Cmp op, BigDecimal literal, int scale) {
    BigDecimal scaled = literal.movePointRight(scale);
    long floor = clamp(scaled.setScale(0, RoundingMode.FLOOR));
    long ceil = clamp(scaled.setScale(0, RoundingMode.CEILING));
    boolean exact = floor == ceil;
    return switch (op) {
      case EQ -> exact ? new Interval(floor, floor, false) : NONE;
      case NE -> exact ? new Interval(floor, floor, true) : ANY;
      case GT -> floor == Long.MAX_VALUE ? NONE : new Interval(floor + 1, Long.MAX_VALUE, false);
      case GE -> new Interval(ceil, Long.MAX_VALUE, false);
      case LT -> ceil == Long.MIN_VALUE ? NONE : new Interval(Long.MIN_VALUE, ceil - 1, false);
      case LE -> new Interval(Long.MIN_VALUE, floor, false);
    };
  }

  /** {@code column BETWEEN low AND high}, inclusive; empty when reversed. */
  static Interval between(BigDecimal low, BigDecimal high, int scale) {
    long from = clamp(low.movePointRight(scale).setScale(0, RoundingMode.CEILING));
    long to = clamp(high.movePointRight(scale).setScale(0, RoundingMode.FLOOR));
    return new Interval(from, to, false);
  }

  /** A date condition {@code [from, to)} on epoch seconds, as an inclusive interval. */
  static Interval of(TimeCondition condition) {
    long from = condition.range().from();
    long to = condition.range().to();
    long high = to == Long.MAX_VALUE ? Long.MAX_VALUE : to - 1;
    return new Interval(from, high, condition.outside());
  }

  private static long clamp(BigDecimal whole) {
    BigInteger value = whole.toBigInteger();
    if (value.bitLength() < 64) {
      return value.longValue();
    }
    return value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
  }
}
