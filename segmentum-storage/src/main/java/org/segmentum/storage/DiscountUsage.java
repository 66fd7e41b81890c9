package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One recorded use of a discount code by a customer, with the order it was used on if given. */
public record DiscountUsage(long id, long discountId, long customerId, Optional<String> orderId, Instant usedAt) {
  public DiscountUsage {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(usedAt, "usedAt");
  }
}
