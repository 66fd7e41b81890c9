package org.segmentum.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * Store-relative scores (DATA.md §4) of every customer as of one shop-local date: the RFM group and the
 * predicted spend tier. Customers without counted orders are {@code PROSPECTS} and {@code LOW}.
 *
 * <p>A metric's score is {@code 1 + floor(5 * w / n)} capped at 5, with {@code w} the number of scored
 * customers strictly worse; computed by sorting each metric once and binary searching, O(n log n).
 * Percentiles of the predicted spend use the nearest-rank method: the p-th percentile is the value at
 * 1-based rank {@code ceil(p / 100 * n)} of the ascending values.
 */
public final class Scores {
  static final byte NOT_SCORED = -1;
  private final LocalDate asOf;
  private final RfmGroup[] groups;
  private final SpendTier[] tiers;
  /** Per customer, the R×FM cell as {@code 5 * (r - 1) + (fm - 1)}, or -1 for customers not scored. */
  private final byte[] cells;

  private Scores(LocalDate asOf, RfmGroup[] groups, SpendTier[] tiers, byte[] cells) {
    this.asOf = asOf;
    this.groups = groups;
    this.tiers = tiers;
    this.cells = cells;
  }

  /** What scoring needs of one customer; {@code orders == 0} means not scored. */
  public record Input(long orders, long amountUnits, LocalDate firstOrder, LocalDate lastOrder) {
  }

  /** Scores every customer of the array (indexed like it) as of {@code today}. */
  public static Scores compute(Input[] inputs, LocalDate today) {
    Objects.requireNonNull(today, "today");
    int size = inputs.length;
    RfmGroup[] groups = new RfmGroup[size];
    SpendTier[] tiers = new SpendTier[size];
    Arrays.fill(groups, RfmGroup.PROSPECTS);
    Arrays.fill(tiers, SpendTier.LOW);
    byte[] cells = new byte[size];
    Arrays.fill(cells, NOT_SCORED);
    int[] scored = java.util.stream.IntStream.range(0, size).filter(i -> inputs[i].orders() > 0).toArray();
    int n = scored.length;
    if (n == 0) {
      return new Scores(today, groups, tiers, cells);
    }
    long[] recencyDays = new long[n];
    long[] frequency = new long[n];
    long[] monetary = new long[n];
    double[] predicted = new double[n];
    for (int k = 0; k < n; k++) {
      Input input = inputs[scored[k]];
      recencyDays[k] = ChronoUnit.DAYS.between(input.lastOrder(), today);
      frequency[k] = input.orders();
      monetary[k] = input.amountUnits();
      predicted[k] = predictedSpend(input, today);
    }
    long[] sortedRecency = sorted(recencyDays);
    long[] sortedFrequency = sorted(frequency);
    long[] sortedMonetary = sorted(monetary);
    double[] sortedPredicted = predicted.clone();
    Arrays.sort(sortedPredicted);
    double p70 = sortedPredicted[nearestRank(70, n) - 1];
    double p10 = sortedPredicted[nearestRank(10, n) - 1];
    for (int k = 0; k < n; k++) {
      // Fewer days since the last order is better: worse means strictly more days.
      int r = score(n - upperBound(sortedRecency, recencyDays[k]), n);
      int f = score(lowerBound(sortedFrequency, frequency[k]), n);
      int m = score(lowerBound(sortedMonetary, monetary[k]), n);
      int fm = (f + m + 1) / 2;
      groups[scored[k]] = RfmGroup.of(r, fm);
      cells[scored[k]] = (byte) (5 * (r - 1) + (fm - 1));
      tiers[scored[k]] = predicted[k] > p70 ? SpendTier.HIGH : predicted[k] <= p10 ? SpendTier.LOW : SpendTier.MEDIUM;
    }
    return new Scores(today, groups, tiers, cells);
  }

  /** DATA.md §4: aov * rate * exp(-days since last order / 180). */
  static double predictedSpend(Input input, LocalDate today) {
    double aov = (input.amountUnits() / 10_000.0) / input.orders();
    double tenureYears = Math.min(5.0, Math.max(0.25, ChronoUnit.DAYS.between(input.firstOrder(), today) / 365.0));
    double rate = Math.min(input.orders(), 12) / tenureYears;
    return aov * rate * Math.exp(-ChronoUnit.DAYS.between(input.lastOrder(), today) / 180.0);
  }

  static int nearestRank(int percentile, int n) {
    return Math.max(1, (int) Math.ceil(percentile * (double) n / 100.0));
  }

  private static int score(long worse, int n) {
    return (int) Math.min(5, 1 + (5 * worse) / n);
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** Number of elements strictly less than value. */
  private static int lowerBound(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
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

  /** Number of elements less than or equal to value. */
  private static int upperBound(long[] sorted, long value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Scores given customer by customer (indexed like the customers they belong to). */
  static Scores of(LocalDate asOf, RfmGroup[] groups, SpendTier[] tiers, byte[] cells) {
    if (groups.length != tiers.length || groups.length != cells.length) {
      throw new IllegalArgumentException("groups, tiers and cells differ in length");
    }
    return new Scores(asOf, groups.clone(), tiers.clone(), cells.clone());
  }

  /** The shop-local date the scores are as of. */
  public LocalDate asOf() {
    return asOf;
  }

  public RfmGroup group(int index) {
    return groups[index];
  }

  public SpendTier tier(int index) {
    return tiers[index];
  }

  /** The customer's R×FM cell as {@code 5 * (r - 1) + (fm - 1)} (0..24), or -1 when not scored. */
  public int cell(int index) {
    return cells[index];
  }

  public int size() {
    return groups.length;
  }
}
