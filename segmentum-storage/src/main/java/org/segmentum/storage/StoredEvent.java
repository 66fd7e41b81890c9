package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A durable membership change: {@code seq} orders all events of the database (the change-feed cursor) and
 * {@code eventId} is unique, for receivers that de-duplicate.
 */
public record StoredEvent(long seq, String eventId, long shopId, long segmentId, long customerId, boolean joined,
    Instant at, String cause) implements OutboxEvent {
  public StoredEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cause, "cause");
  }

  /** {@code joined} or {@code left}. */
  public String type() {
    return joined ? "joined" : "left";
  }
}
