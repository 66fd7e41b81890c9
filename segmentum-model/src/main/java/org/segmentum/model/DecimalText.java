package org.segmentum.model;

import java.math.BigDecimal;

/**
 * Parses plain decimals, {@code -?[0-9]+(\.[0-9]+)?}, into {@link BigDecimal}s equal to
 * {@code new BigDecimal(text)} (same unscaled value and scale), sharing equal values.
 *
 * <p>Amounts repeat a lot (a product's price on every line that sells it, {@code "0.00"} refunded on
 * nearly every order), and each {@code BigDecimal} kept in the store costs memory and garbage
 * collection time. Values of up to 18 digits are accumulated in a {@code long} and looked up in a
 * direct-mapped cache of recent values: one slot per hash of (unscaled value, scale), a miss
 * replacing the slot's value. Longer values go to the {@code BigDecimal} parser unshared.
 *
 * <p>Not thread-safe; the values it returns are immutable and can be shared.
 */
final class DecimalText {
  private static final long FIBONACCI = 0x9E3779B97F4A7C15L;
  /** Up to this many digits always fit a {@code long}. */
  private static final int LONG_DIGITS = 18;

  private final int bits;
  private final long[] unscaledValues;
  private final int[] scales;
  private final BigDecimal[] values;

  /** With a small cache, for reading a few values. */
  DecimalText() {
    this(4);
  }

  /** With a cache of 2^{@code bits} values, 1 to 30. */
  DecimalText(int bits) {
    if (bits < 1 || bits > 30) {
      throw new IllegalArgumentException("bits must be 1 to 30, got " + bits);
    }
    this.bits = bits;
    this.unscaledValues = new long[1 << bits];
    this.scales = new int[1 << bits];
    this.values = new BigDecimal[1 << bits];
  }

  /** The value of {@code text[offset, offset + length)}, or null if it is not a plain decimal. */
  BigDecimal parse(char[] text, int offset, int length) {
    int end = offset + length;
    boolean negative = length > 0 && text[offset] == '-';
    int p = negative ? offset + 1 : offset;
    long unscaled = 0;
    int integerStart = p;
    for (; p < end && isDigit(text[p]); p++) {
      unscaled = unscaled * 10 + (text[p] - '0');
    }
    int digits = p - integerStart;
    if (digits == 0) {
      return null;
    }
    int scale = 0;
    if (p < end && text[p] == '.') {
      int fractionStart = ++p;
      for (; p < end && isDigit(text[p]); p++) {
        unscaled = unscaled * 10 + (text[p] - '0');
      }
      scale = p - fractionStart;
      if (scale == 0) {
        return null;
      }
    }
    if (p != end) {
      return null;
    }
    if (digits + scale > LONG_DIGITS) {
      return new BigDecimal(text, offset, length);
    }
    return valueOf(negative ? -unscaled : unscaled, scale);
  }

  private BigDecimal valueOf(long unscaled, int scale) {
    int slot = (int) (((unscaled + scale) * FIBONACCI) >>> (64 - bits));
    BigDecimal value = values[slot];
    if (value == null || unscaledValues[slot] != unscaled || scales[slot] != scale) {
      value = BigDecimal.valueOf(unscaled, scale);
      values[slot] = value;
      unscaledValues[slot] = unscaled;
      scales[slot] = scale;
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
