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
    // The unscaled value of the rescaled amount, read without making a BigInteger when it fits.
    BigDecimal whole = amount.setScale(SCALE, RoundingMode.HALF_EVEN).scaleByPowerOfTen(SCALE);
    return whole.precision() <= 18 ? whole.longValue() : whole.longValueExact();
  }

  static BigDecimal decimal(long units) {
    return BigDecimal.valueOf(units, SCALE);
  }
}
