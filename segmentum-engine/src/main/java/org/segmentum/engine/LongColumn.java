package org.segmentum.engine;

import java.util.Arrays;
import org.roaringbitmap.RoaringBitmap;

/**
 * One {@code long} per customer ordinal ({@link #MISSING} when absent). Whole-shop intervals are answered
 * from a {@link RangeIndex}, built on first use (or by {@link #index()} when loading) and kept: the values
 * must not change once the column is queried. Intervals within a universe probe the values one by one.
 */
final class LongColumn {
  /** The value of customers that have none. */
  static final long MISSING = Long.MIN_VALUE;

  private final long[] values;
  private volatile RangeIndex range;

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
    return index().select(interval);
  }

  /** The range index, built on first use. */
  RangeIndex index() {
    RangeIndex built = range;
    if (built == null) {
      synchronized (this) {
        built = range;
        if (built == null) {
          built = RangeIndex.build(values);
          range = built;
        }
      }
    }
    return built;
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
