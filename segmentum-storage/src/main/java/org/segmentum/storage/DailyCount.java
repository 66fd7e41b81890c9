package org.segmentum.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A segment's member count on a shop-local day, as last counted that day. */
public record DailyCount(LocalDate day, long members, Instant countedAt) {
  public DailyCount {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(countedAt, "countedAt");
  }
}
