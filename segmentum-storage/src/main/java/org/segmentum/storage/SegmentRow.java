package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A segment as stored: its live query, an unpublished draft query if any, who made it, and its version
 * (bumped by every change, checked by writers).
 */
public record SegmentRow(long id, long shopId, String name, String query, Optional<String> draftQuery, String author,
    int version, Instant createdAt, Instant updatedAt) {
  public SegmentRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(draftQuery, "draftQuery");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
