package org.segmentum.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sum and average of {@code amount_spent} and {@code number_of_orders} over a segment's members. */
public record Statistics(long members, BigDecimal amountSpentSum, BigDecimal amountSpentAverage,
                         long numberOfOrdersSum, BigDecimal numberOfOrdersAverage) {

  static Statistics of(long members, long amountUnits, long orders) {
    BigDecimal amount = Money.decimal(amountUnits).setScale(2, RoundingMode.HALF_EVEN);
    if (members == 0) {
      return new Statistics(0, amount, BigDecimal.ZERO.setScale(2), orders, BigDecimal.ZERO.setScale(2));
    }
    BigDecimal count = BigDecimal.valueOf(members);
    return new Statistics(members, amount, Money.decimal(amountUnits).divide(count, 2, RoundingMode.HALF_EVEN),
        orders, BigDecimal.valueOf(orders).divide(count, 2, RoundingMode.HALF_EVEN));
  }
}
