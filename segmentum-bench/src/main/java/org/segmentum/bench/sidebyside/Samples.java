package org.segmentum.bench.sidebyside;

import java.util.Arrays;

/** Timings of repeated runs, in nanoseconds; percentiles by the nearest-rank method. */
public final class Samples {
  private long[] nanos = new long[16];
  private int count;

  public void add(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  public int count() {
    return count;
  }

  public double percentileMillis(int percentile) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = Math.max(1, (int) Math.ceil(percentile / 100.0 * count));
    return sorted[rank - 1] / 1e6;
  }

  /** Times {@code runs} calls of the action (after {@code warmup} untimed ones). */
  public static Samples time(int warmup, int runs, Runnable before, Runnable action) {
    Samples samples = new Samples();
    for (int i = 0; i < warmup + runs; i++) {
      before.run();
      long start = System.nanoTime();
      action.run();
      long elapsed = System.nanoTime() - start;
      if (i >= warmup) {
        samples.add(elapsed);
      }
    }
    return samples;
  }
}
