package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt to deliver one event to one webhook subscription: when, which attempt of that event, the HTTP
 * status when the receiver answered or the error when it did not, how long it took and how it ended.
 * {@code id} is 0 for an attempt not yet stored.
 */
public record DeliveryRow(long id, long webhookId, String eventId, long eventSeq, int attempt, Instant attemptedAt,
    OptionalInt status, Optional<String> error, long durationMillis, DeliveryOutcome outcome) {
  public DeliveryRow {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(outcome, "outcome");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, got " + attempt);
    }
  }
}
