package org.segmentum.server;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failing webhook event is tried again: one second after the first failure, doubling after each
 * further one, at most an hour apart; an event that has been failing for 24 hours (measured from its first
 * failed attempt) is given up at its next failure, so it is retried for at least 24 hours.
 */
final class RetryPolicy {
  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofHours(1);
  static final Duration RETRY_WINDOW = Duration.ofHours(24);

  private RetryPolicy() {
  }

  /** The wait after the {@code failures}-th failed attempt of an event (1 s, 2 s, 4 s, ... 1 h). */
  static Duration delayAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be at least 1, got " + failures);
    }
    int doublings = Math.min(failures - 1, 30);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  /** Whether a failed attempt at {@code now} of an event failing since {@code failingSince} gives it up. */
  static boolean givesUp(Instant failingSince, Instant now) {
    return Duration.between(failingSince, now).compareTo(RETRY_WINDOW) >= 0;
  }
}
