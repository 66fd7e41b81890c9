package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A campaign as stored, with the last sending problem (such as an SMTP login refused) if any. */
public record CampaignRow(long id, long shopId, CampaignContent content, CampaignStatus status, String author,
    Optional<String> lastError, Instant createdAt, Instant updatedAt, Optional<Instant> startedAt,
    Optional<Instant> finishedAt) {
  public CampaignRow {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
  }
}
