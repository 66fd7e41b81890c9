package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;

/** A membership change to make durable: a customer joined or left a segment at an instant, for a cause. */
public record NewEvent(long segmentId, long customerId, boolean joined, Instant at, String cause) {
  public NewEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cause, "cause");
  }
}
