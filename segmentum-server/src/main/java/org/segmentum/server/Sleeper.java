package org.segmentum.server;

import java.time.Duration;

/**
 * How background work waits for time to pass (the campaign sender's rate and back-off). The real one
 * sleeps; tests give one that moves their clock instead, so that throttled sending is fast and its pace is
 * checked against the clock, never against the wall.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps on the current thread. */
  static Sleeper real() {
    return Thread::sleep;
  }
}
