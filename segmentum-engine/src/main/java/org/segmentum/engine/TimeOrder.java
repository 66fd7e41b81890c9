package org.segmentum.engine;

import java.util.Arrays;

/**
 * Sorting record positions by time without boxing: each key packs the time (relative to the smallest)
 * into the high 32 bits and the position into the low 32, so one primitive sort orders by time, then
 * position. Times spanning more than 68 years fall back to a boxed sort.
 */
final class TimeOrder {
  private TimeOrder() {
  }

  /** Positions {@code from..to-1} ordered by {@code times[position]}, ties by position. */
  static int[] order(long[] times, int from, int to) {
    int size = to - from;
    int[] result = new int[size];
    if (size == 0) {
      return result;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = from; i < to; i++) {
      min = Math.min(min, times[i]);
      max = Math.max(max, times[i]);
    }
    if (max - min >= Integer.MAX_VALUE) {
      Integer[] boxed = new Integer[size];
      for (int i = 0; i < size; i++) {
        boxed[i] = from + i;
      }
      Arrays.sort(boxed, (a, b) -> a.equals(b) ? 0 : times[a] != times[b] ? Long.compare(times[a], times[b])
          : Integer.compare(a, b));
      for (int i = 0; i < size; i++) {
        result[i] = boxed[i];
      }
      return result;
    }
    long[] keys = new long[size];
    for (int i = 0; i < size; i++) {
      keys[i] = ((times[from + i] - min) << 32) | i;
    }
    if (size > 1 << 16) {
      Arrays.parallelSort(keys);
    } else {
      Arrays.sort(keys);
    }
    for (int i = 0; i < size; i++) {
      result[i] = from + (int) keys[i];
    }
    return result;
  }

  /** The first index in {@code sorted[from, to)} whose value is at least {@code value}. */
  static int lowerBound(long[] sorted, int from, int to, long value) {
    int low = from;
    int high = to;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
