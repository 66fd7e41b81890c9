package org.segmentum.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** A shop as stored. */
public record ShopRow(long id, String name, ZoneId timezone, String currency, Instant createdAt) {
  public ShopRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
