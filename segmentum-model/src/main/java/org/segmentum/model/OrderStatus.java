package org.segmentum.model;

/** Status of an order (order {@code status}); {@link #PAID} when absent on the wire. */
public enum OrderStatus {
  OPEN, PAID, FULFILLED, CANCELLED, REFUNDED
}
