package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One recipient of a campaign: who, at which address, where the message is, and when. */
public record RecipientRow(long campaignId, long customerId, String address, RecipientStatus status, int attempts,
    Instant recordedAt, Optional<Instant> attemptedAt, Optional<Instant> finishedAt, Optional<String> error) {
  public RecipientRow {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(error, "error");
  }
}
