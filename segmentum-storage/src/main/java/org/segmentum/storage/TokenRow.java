package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** An API token as stored (never the token itself, only its hash). */
public record TokenRow(long id, long shopId, String name, Set<Scope> scopes, Instant createdAt,
    Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
  public TokenRow {
    Objects.requireNonNull(name, "name");
    scopes = Set.copyOf(scopes);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  /** Whether the token holds a scope that includes {@code needed}. */
  public boolean allows(Scope needed) {
    return scopes.stream().anyMatch(scope -> scope.includes(needed));
  }
}
