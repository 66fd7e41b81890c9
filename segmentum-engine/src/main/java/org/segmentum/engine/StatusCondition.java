package org.segmentum.engine;

import java.util.Locale;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Value;

/**
 * The {@code status} parameter of {@code orders_placed}: a set of effective statuses (a bit per
 * {@link OrderTable} status code), or its complement. Without the parameter, every status but
 * CANCELLED matches (LANGUAGE.md §6.2).
 */
record StatusCondition(int mask) {
  static final StatusCondition NOT_CANCELLED = new StatusCondition(0b11111 & ~(1 << OrderTable.CANCELLED));

  boolean test(byte status) {
    return (mask & (1 << status)) != 0;
  }

  static StatusCondition of(ParamTest test) {
    if (test == null) {
      return NOT_CANCELLED;
    }
    int mask = 0;
    for (Value value : KeyCondition.values(test)) {
      mask |= 1 << code(Literals.text(value));
    }
    return new StatusCondition(KeyCondition.negated(test) ? 0b11111 & ~mask : mask);
  }

  static byte code(String status) {
    return switch (status.toUpperCase(Locale.ROOT)) {
      case "OPEN" -> OrderTable.OPEN;
      case "PAID" -> OrderTable.PAID;
      case "FULFILLED" -> OrderTable.FULFILLED;
      case "CANCELLED" -> OrderTable.CANCELLED;
      case "REFUNDED" -> OrderTable.REFUNDED;
      default -> throw new EngineException("unknown order status " + status);
    };
  }
}
