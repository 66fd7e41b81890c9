package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A discount code as stored (in the case it was given), the batch it was made in if any, and its terms. */
public record DiscountRow(long id, long shopId, String code, Optional<String> batch, DiscountTerms terms,
    Instant createdAt) {
  public DiscountRow {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
