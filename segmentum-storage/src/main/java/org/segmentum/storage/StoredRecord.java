package org.segmentum.storage;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A record to store: its kind, its key within the kind and shop (the id as text; for events without an id, a
 * key the caller makes unique), the customer it belongs to (erased with the customer), the instant that
 * decides staleness (customers' {@code updated_at}, epoch milliseconds) and its exchange-format JSON.
 */
public record StoredRecord(RecordKind kind, String key, OptionalLong customerId, OptionalLong updatedAt, String body) {
  public StoredRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(body, "body");
  }
}
