package org.segmentum.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API token: {@code rate} writes per second with bursts of twice that. Thread-safe. */
final class RateLimiter {
  private final double rate;
  private final double capacity;
  private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(int perSecond) {
    this.rate = perSecond;
    this.capacity = 2.0 * perSecond;
  }

  /** Takes one write for the token; false when it has none left (the caller answers 429). */
  boolean tryAcquire(long tokenId) {
    return buckets.computeIfAbsent(tokenId, id -> new Bucket(capacity)).take(rate, capacity, System.nanoTime());
  }

  private static final class Bucket {
    private double available;
    private long updatedNanos = System.nanoTime();

    Bucket(double available) {
      this.available = available;
    }

    synchronized boolean take(double rate, double capacity, long nowNanos) {
      available = Math.min(capacity, available + (nowNanos - updatedNanos) / 1e9 * rate);
      updatedNanos = nowNanos;
      if (available < 1) {
        return false;
      }
      available -= 1;
      return true;
    }
  }
}
