package org.segmentum.model.generate;

import java.time.Instant;
import java.util.Objects;

/**
 * What to generate: how many customers, the seed, and "now" (data spans the five years before it).
 * The same options give byte-identical files.
 */
public record GeneratorOptions(int customers, long seed, Instant now) {
  /** The default "now" of generated shops, fixed so that output never depends on the wall clock. */
  public static final Instant DEFAULT_NOW = Instant.parse("2026-01-01T00:00:00Z");

  public GeneratorOptions {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must not be negative, got " + customers);
    }
    Objects.requireNonNull(now, "now");
  }
}
