package org.segmentum.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order of a customer (DATA.md §1 and §3).
 *
 * @param id the order id
 * @param customerId the customer who placed it
 * @param createdAt when it was placed
 * @param status the status (the reader defaults it to {@link OrderStatus#PAID})
 * @param cancelledAt when it was cancelled, null when absent
 * @param test whether it is a test order
 * @param totalPrice the total price
 * @param refundedAmount the amount refunded (the reader defaults it to zero)
 * @param locationId the location it was placed at, null when absent
 * @param appId the app it was placed through, null when absent
 * @param lineItems the lines (empty when absent)
 */
public record Order(
    long id,
    long customerId,
    Instant createdAt,
    OrderStatus status,
    Instant cancelledAt,
    boolean test,
    BigDecimal totalPrice,
    BigDecimal refundedAmount,
    Long locationId,
    Long appId,
    List<LineItem> lineItems) {

  public Order {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(totalPrice, "totalPrice");
    Objects.requireNonNull(refundedAmount, "refundedAmount");
    lineItems = List.copyOf(Objects.requireNonNull(lineItems, "lineItems"));
  }

  /** Whether the order is cancelled: it has a {@code cancelledAt} or its status is {@code CANCELLED}. */
  public boolean isCancelled() {
    return cancelledAt != null || status == OrderStatus.CANCELLED;
  }

  /** Whether the order counts for the customer's totals: neither a test order nor cancelled. */
  public boolean isCounted() {
    return !test && !isCancelled();
  }

  /** {@code totalPrice − refundedAmount}. */
  public BigDecimal netAmount() {
    return totalPrice.subtract(refundedAmount);
  }
}
