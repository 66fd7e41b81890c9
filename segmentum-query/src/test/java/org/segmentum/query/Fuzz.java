package org.segmentum.query;

/**
 * Settings of the randomised tests: {@code -Dsegmentum.fuzz.scale=N} multiplies the CI-sized counts,
 * {@code -Dsegmentum.fuzz.seed=S} replays a run (every failure prints the seed of its case).
 */
final class Fuzz {
  private static final long DEFAULT_SEED = 0x5E6_3E47_2026L;

  private Fuzz() {
  }

  static int scale() {
    int scale = Integer.getInteger("segmentum.fuzz.scale", 1);
    if (scale < 1) {
      throw new IllegalArgumentException("segmentum.fuzz.scale must be at least 1, got " + scale);
    }
    return scale;
  }

  static long seed() {
    return Long.getLong("segmentum.fuzz.seed", DEFAULT_SEED);
  }
}
