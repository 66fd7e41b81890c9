package org.segmentum.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A checkout of a customer.
 *
 * @param id the checkout id
 * @param customerId the customer
 * @param createdAt when it was started
 * @param completedAt when it was completed, null while abandoned
 * @param totalPrice the total price, null when absent
 */
public record Checkout(long id, long customerId, Instant createdAt, Instant completedAt, BigDecimal totalPrice) {
  public Checkout {
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the checkout was abandoned, i.e. never completed. */
  public boolean isAbandoned() {
    return completedAt == null;
  }
}
