package org.segmentum.engine;

import java.util.Arrays;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.RoaringBitmap;

/**
 * A range index of one {@link LongColumn}: the ordinals sorted by value (missing values first), cut
 * into {@value #BUCKETS} buckets of equal rank, with a word bitset per bucket boundary of the ordinals
 * ranked below it. The ordinals of a value interval are a slice of ranks {@code [from, to)}, found by
 * binary search; its bitset is {@code below[to / b] & ~below[from / b]} (whole buckets, word by word)
 * plus fewer than {@code 2 b} single-bit fix-ups at both ends. At 1 M customers that is about 16 k word
 * operations and at most ~31 k bit writes instead of a scan of 1 M values, whatever the selectivity.
 *
 * <p>Memory: 4 bytes per customer for the ordinals and {@code (BUCKETS + 1) / 8} bytes per customer for
 * the boundary bitsets. Immutable.
 */
final class RangeIndex {
  static final int BUCKETS = 64;

  private final long[] values;
  /** Ordinals in ascending order of value (missing first), ties by ordinal. */
  private final int[] byValue;
  /** Ranks below this one hold missing values. */
  private final int missing;
  private final int bucket;
  /** {@code below[k]}: words of the ordinals of rank below {@code min(k * bucket, n)}. */
  private final long[][] below;

  private RangeIndex(long[] values, int[] byValue, int missing, int bucket, long[][] below) {
    this.values = values;
    this.byValue = byValue;
    this.missing = missing;
    this.bucket = bucket;
    this.below = below;
  }

  static RangeIndex build(long[] values) {
    int n = values.length;
    int[] byValue = sortedOrdinals(values);
    int missing = 0;
    while (missing < n && values[byValue[missing]] == LongColumn.MISSING) {
      missing++;
    }
    int bucket = Math.max(1, (n + BUCKETS - 1) / BUCKETS);
    int words = (n + 63) >>> 6;
    long[][] below = new long[BUCKETS + 1][];
    long[] current = new long[words];
    below[0] = current.clone();
    for (int k = 1; k <= BUCKETS; k++) {
      int to = (int) Math.min((long) k * bucket, n);
      for (int r = (k - 1) * bucket; r < to; r++) {
        int ordinal = byValue[r];
        current[ordinal >>> 6] |= 1L << ordinal;
      }
      below[k] = current.clone();
    }
    return new RangeIndex(values, byValue, missing, bucket, below);
  }

  /**
   * Ordinals in value order. Keys pack the value's rank among the distinct present values (or the value
   * relative to the smallest, when the span fits in 31 bits) above the ordinal, so that one primitive
   * sort orders them.
   */
  private static int[] sortedOrdinals(long[] values) {
    int n = values.length;
    int present = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long v : values) {
      if (v != LongColumn.MISSING) {
        present++;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    long[] distinct = null;
    boolean wide = present > 0 && (max - min < 0 || max - min >= Integer.MAX_VALUE - 1);
    if (wide) {
      distinct = new long[present];
      int k = 0;
      for (long v : values) {
        if (v != LongColumn.MISSING) {
          distinct[k++] = v;
        }
      }
      sort(distinct);
      int unique = 0;
      for (int i = 0; i < distinct.length; i++) {
        if (i == 0 || distinct[i] != distinct[unique - 1]) {
          distinct[unique++] = distinct[i];
        }
      }
      distinct = Arrays.copyOf(distinct, unique);
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long v = values[i];
      long key;
      if (v == LongColumn.MISSING) {
        key = 0;
      } else if (distinct == null) {
        key = v - min + 1;
      } else {
        key = Arrays.binarySearch(distinct, v) + 1L;
      }
      keys[i] = (key << 32) | i;
    }
    sort(keys);
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = (int) keys[i];
    }
    return result;
  }

  private static void sort(long[] keys) {
    if (keys.length > 1 << 16) {
      Arrays.parallelSort(keys);
    } else {
      Arrays.sort(keys);
    }
  }

  /** Ordinals whose value is present and satisfies the interval. */
  RoaringBitmap select(Interval interval) {
    int n = byValue.length;
    int from = Math.max(missing, rankOf(interval.low()));
    int to = interval.high() == Long.MAX_VALUE ? n : Math.max(from, rankOf(interval.high() + 1));
    if (interval.low() > interval.high()) {
      from = missing;
      to = missing;
    }
    if (!interval.outside()) {
      return BitSetUtil.bitmapOf(ranks(from, to));
    }
    long[] result = ranks(missing, n);
    long[] inside = ranks(from, to);
    for (int w = 0; w < result.length; w++) {
      result[w] &= ~inside[w];
    }
    return BitSetUtil.bitmapOf(result);
  }

  /** The first rank whose value is at least {@code value} (missing values rank lowest). */
  private int rankOf(long value) {
    int low = 0;
    int high = byValue.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[byValue[mid]] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** A new word bitset of the ordinals ranked {@code [from, to)}. */
  private long[] ranks(int from, int to) {
    int words = (byValue.length + 63) >>> 6;
    if (from >= to) {
      return new long[words];
    }
    int low = from / bucket;
    int high = to / bucket;
    if (low == high) {
      long[] result = new long[words];
      set(result, from, to);
      return result;
    }
    long[] result = new long[words];
    long[] upper = below[high];
    long[] lower = below[low];
    for (int w = 0; w < words; w++) {
      result[w] = upper[w] & ~lower[w];
    }
    clear(result, low * bucket, from);
    set(result, high * bucket, to);
    return result;
  }

  private void set(long[] words, int from, int to) {
    for (int r = from; r < to; r++) {
      int ordinal = byValue[r];
      words[ordinal >>> 6] |= 1L << ordinal;
    }
  }

  private void clear(long[] words, int from, int to) {
    for (int r = from; r < to; r++) {
      int ordinal = byValue[r];
      words[ordinal >>> 6] &= ~(1L << ordinal);
    }
  }
}
