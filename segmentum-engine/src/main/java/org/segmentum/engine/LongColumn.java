package org.segmentum.engine;

import java.util.Arrays;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * One {@code long} per customer ordinal ({@link #MISSING} when absent), answered by scans that build
 * a word bitset without branches on the data and then one bitmap.
 */
final class LongColumn {
  /** The value of customers that have none. */
  static final long MISSING = Long.MIN_VALUE;

  private final long[] values;

  LongColumn(long[] values) {
    this.values = values;
  }

  static LongColumn filled(int size) {
    long[] values = new long[size];
    Arrays.fill(values, MISSING);
    return new LongColumn(values);
  }

  long get(int ordinal) {
    return values[ordinal];
  }

  boolean isPresent(int ordinal) {
    return values[ordinal] != MISSING;
  }

  long[] raw() {
    return values;
  }

  /** Ordinals whose value is present and satisfies the interval. */
  RoaringBitmap select(Interval interval) {
    long[] words = new long[(values.length + 63) >>> 6];
    long low = interval.low();
    long high = interval.high();
    long flip = interval.outside() ? 1L : 0L;
    for (int i = 0; i < values.length; i++) {
      long v = values[i];
      long inside = (v >= low & v <= high) ? 1L : 0L;
      long present = v != MISSING ? 1L : 0L;
      words[i >>> 6] |= ((inside ^ flip) & present) << i;
    }
    return BitSetUtil.bitmapOf(words);
  }

  /** Like {@link #select} but only among the ordinals of {@code universe}. */
  RoaringBitmap select(Interval interval, RoaringBitmap universe) {
    RoaringBitmap result = new RoaringBitmap();
    universe.forEach((int i) -> {
      long v = values[i];
      if (v != MISSING && interval.test(v)) {
        result.add(i);
      }
    });
    return result;
  }
}
