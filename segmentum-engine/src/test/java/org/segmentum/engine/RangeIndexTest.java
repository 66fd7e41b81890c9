package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/**
 * The range index against a plain scan, on seeded random columns of many sizes (so that slices start
 * and end inside buckets, span one bucket or many), with missing values, ties and spans too wide to
 * pack, and random intervals inside and outside.
 */
class RangeIndexTest {
  @Test
  void selectsWhatAScanSelects() {
    SplittableRandom random = new SplittableRandom(17);
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(4) == 0 ? random.nextInt(70) : random.nextInt(5000);
      long[] values = column(random, n);
      LongColumn column = new LongColumn(values);
      for (int q = 0; q < 40; q++) {
        Interval interval = interval(random, values);
        RoaringBitmap expected = new RoaringBitmap();
        for (int i = 0; i < n; i++) {
          if (values[i] != LongColumn.MISSING && interval.test(values[i])) {
            expected.add(i);
          }
        }
        assertThat(column.select(interval)).as("round %d, n %d, %s", round, n, interval).isEqualTo(expected);
      }
    }
  }

  private static long[] column(SplittableRandom random, int n) {
    long[] values = new long[n];
    int shape = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      values[i] = random.nextInt(6) == 0 ? LongColumn.MISSING : switch (shape) {
        case 0 -> random.nextInt(20);
        case 1 -> 1_700_000_000L + random.nextInt(100_000_000);
        default -> random.nextInt(3) == 0 ? Long.MAX_VALUE - random.nextInt(3) : Long.MIN_VALUE + 1 + random.nextLong(
            Long.MAX_VALUE);
      };
    }
    return values;
  }

  private static Interval interval(SplittableRandom random, long[] values) {
    if (random.nextInt(10) == 0) {
      return random.nextBoolean() ? Interval.ANY : Interval.NONE;
    }
    long a = pick(random, values);
    long b = pick(random, values);
    boolean outside = random.nextInt(4) == 0;
    return switch (random.nextInt(4)) {
      case 0 -> new Interval(Math.min(a, b), Math.max(a, b), outside);
      case 1 -> new Interval(a, Long.MAX_VALUE, outside);
      case 2 -> new Interval(Long.MIN_VALUE, a, outside);
      default -> new Interval(a, a, outside);
    };
  }

  private static long pick(SplittableRandom random, long[] values) {
    if (values.length == 0 || random.nextInt(5) == 0) {
      return random.nextLong();
    }
    long v = values[random.nextInt(values.length)];
    return v == LongColumn.MISSING ? 0 : v + random.nextInt(3) - 1;
  }
}
