package org.segmentum.query;

/**
 * The limits of LANGUAGE.md §7, configurable per installation. {@link #DEFAULTS} holds the documented
 * defaults.
 */
public record Limits(int maxQueryLength, int maxClauses, int maxDepth, int maxListValues, int maxNameLength,
                     int maxSegments) {
  public static final Limits DEFAULTS = new Limits(5000, 100, 32, 500, 255, 6000);

  public Limits {
    if (maxQueryLength < 1 || maxClauses < 1 || maxDepth < 1 || maxListValues < 1 || maxNameLength < 1
        || maxSegments < 1) {
      throw new IllegalArgumentException("every limit must be at least 1");
    }
  }
}
