package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's derived facts as the engine holds them now (DATA.md §3): money spent on counted orders
 * (neither test nor cancelled, net of refunds), the number of those orders, and the first and last of them.
 */
public record CustomerFacts(long customerId, BigDecimal amountSpent, long numberOfOrders,
    Optional<Instant> firstOrderAt, Optional<Instant> lastOrderAt) {
  public CustomerFacts {
    Objects.requireNonNull(amountSpent, "amountSpent");
    Objects.requireNonNull(firstOrderAt, "firstOrderAt");
    Objects.requireNonNull(lastOrderAt, "lastOrderAt");
  }
}
