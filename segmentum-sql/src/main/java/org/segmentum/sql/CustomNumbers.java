package org.segmentum.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.segmentum.query.Cmp;

/**
 * Custom-field numbers, stored exactly as two BIGINTs: {@code number_whole}, the value rounded down to
 * an integer, and {@code number_fraction}, the rest in units of {@code 10^-18} (0 to 10^18 - 1). The
 * pair orders like the number it stands for, so a comparison with a literal is a comparison of pairs
 * with the literal's exact bound at 18 decimals ({@code >= 2.5} is {@code >= (2, 5 * 10^17)}), and
 * integer custom fields keep a fraction of 0 and compare on {@code number_whole} alone.
 */
final class CustomNumbers {
  static final int FRACTION_DIGITS = 18;
  private static final BigInteger ONE = BigInteger.TEN.pow(FRACTION_DIGITS);
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final String WHOLE = "m.number_whole";
  private static final String FRACTION = "m.number_fraction";

  private CustomNumbers() {
  }

  /** The stored pair of a value (rounded half-even to 18 decimals); null when the whole part exceeds BIGINT. */
  static long[] pair(BigDecimal value) {
    BigInteger scaled = value.setScale(FRACTION_DIGITS, RoundingMode.HALF_EVEN).unscaledValue();
    BigInteger[] parts = floorDivide(scaled);
    if (parts[0].compareTo(MIN) < 0 || parts[0].compareTo(MAX) > 0) {
      return null;
    }
    return new long[] {parts[0].longValueExact(), parts[1].longValueExact()};
  }

  /** {@code value op literal} for a row holding a number. */
  static Condition compare(Cmp op, BigDecimal literal) {
    BigDecimal scaled = literal.movePointRight(FRACTION_DIGITS);
    BigInteger floor = scaled.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    BigInteger ceiling = scaled.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    boolean exact = floor.equals(ceiling);
    Condition present = Condition.leaf(WHOLE + " IS NOT NULL");
    return Condition.all(present, switch (op) {
      case EQ -> exact ? equal(floor) : Condition.FALSE;
      case NE -> exact ? Condition.not(equal(floor)) : Condition.TRUE;
      case GT -> above(floor, ">");
      case GE -> above(ceiling, ">=");
      case LT -> below(ceiling, "<");
      case LE -> below(floor, "<=");
    });
  }

  private static Condition equal(BigInteger bound) {
    BigInteger[] parts = floorDivide(bound);
    if (outOfRange(parts[0])) {
      return Condition.FALSE;
    }
    return Condition.all(Condition.leaf(WHOLE + " = ?", parts[0].longValueExact()),
        Condition.leaf(FRACTION + " = ?", parts[1].longValueExact()));
  }

  /** The number is above the bound ({@code op} is {@code >} or {@code >=}, applied to the fraction). */
  private static Condition above(BigInteger bound, String op) {
    BigInteger[] parts = floorDivide(bound);
    if (parts[0].compareTo(MAX) > 0) {
      return Condition.FALSE;
    }
    if (parts[0].compareTo(MIN) < 0) {
      return Condition.TRUE;
    }
    long whole = parts[0].longValueExact();
    long fraction = parts[1].longValueExact();
    if (fraction == 0 && op.equals(">=")) {
      return Condition.leaf(WHOLE + " >= ?", whole);
    }
    return Condition.any(Condition.leaf(WHOLE + " > ?", whole),
        Condition.all(Condition.leaf(WHOLE + " = ?", whole), Condition.leaf(FRACTION + " " + op + " ?", fraction)));
  }

  /** The number is below the bound ({@code op} is {@code <} or {@code <=}, applied to the fraction). */
  private static Condition below(BigInteger bound, String op) {
    BigInteger[] parts = floorDivide(bound);
    if (parts[0].compareTo(MIN) < 0) {
      return Condition.FALSE;
    }
    if (parts[0].compareTo(MAX) > 0) {
      return Condition.TRUE;
    }
    long whole = parts[0].longValueExact();
    long fraction = parts[1].longValueExact();
    if (fraction == 0 && op.equals("<")) {
      return Condition.leaf(WHOLE + " < ?", whole);
    }
    return Condition.any(Condition.leaf(WHOLE + " < ?", whole),
        Condition.all(Condition.leaf(WHOLE + " = ?", whole), Condition.leaf(FRACTION + " " + op + " ?", fraction)));
  }

  private static boolean outOfRange(BigInteger whole) {
    return whole.compareTo(MIN) < 0 || whole.compareTo(MAX) > 0;
  }

  /** {@code [floor(n / 10^18), n mod 10^18]} with a non-negative remainder. */
  private static BigInteger[] floorDivide(BigInteger n) {
    BigInteger[] parts = n.divideAndRemainder(ONE);
    if (parts[1].signum() < 0) {
      return new BigInteger[] {parts[0].subtract(BigInteger.ONE), parts[1].add(ONE)};
    }
    return parts;
  }
}
