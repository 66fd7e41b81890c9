package org.segmentum.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret feed of a segment as stored (never the token itself, only its hash): the fields it may show,
 * when it expires or was revoked, and how often, when and from where it was last used.
 */
public record FeedRow(long id, long shopId, long segmentId, String label, List<String> fields, Instant createdAt,
    Optional<Instant> expiresAt, Optional<Instant> revokedAt, long useCount, Optional<Instant> lastUsedAt,
    Optional<String> lastUsedFrom) {
  public FeedRow {
    Objects.requireNonNull(label, "label");
    fields = List.copyOf(fields);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(lastUsedFrom, "lastUsedFrom");
  }

  /** Whether the feed answers at {@code now}: not revoked and not expired. */
  public boolean activeAt(Instant now) {
    return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
  }
}
