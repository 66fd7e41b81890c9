package org.segmentum.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in the engine: {@code long} ten-thousandths of the shop currency, exact for every ISO 4217
 * currency (at most four decimals). Amounts with more decimals are rounded half-even when loaded.
 */
final class Money {
  static final int SCALE = 4;

  private Money() {
  }

  static long units(BigDecimal amount) {
    return amount.setScale(SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
  }

  static BigDecimal decimal(long units) {
    return BigDecimal.valueOf(units, SCALE);
  }
}
