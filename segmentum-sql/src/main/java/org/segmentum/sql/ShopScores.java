package org.segmentum.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Store-relative scores (DATA.md §4) of a shop's scored customers (those with counted orders) as of a
 * shop-local date: the RFM group and the predicted spend tier. Customers without counted orders are
 * {@code PROSPECTS} and {@code LOW} ({@link #UNSCORED}).
 *
 * <p>A metric's score is {@code 1 + floor(5 * w / n)} capped at 5, {@code w} being the number of scored
 * customers with a strictly worse value (ties share a score): each metric is sorted once and counted by
 * binary search, O(n log n). Percentiles use the nearest rank, {@code ceil(p * n / 100)}, in integer
 * arithmetic. The predicted spend is evaluated in the order DATA.md writes it, in doubles.
 */
final class ShopScores {
  static final Score UNSCORED = new Score("PROSPECTS", "LOW");
  /** RFM groups by FM (row 0 is FM 5) and R (column 0 is R 1), as DATA.md §4 prints the grid. */
  private static final String[][] GRID = {
      {"PREVIOUSLY_LOYAL", "PREVIOUSLY_LOYAL", "LOYAL", "LOYAL", "CHAMPIONS"},
      {"AT_RISK", "AT_RISK", "LOYAL", "LOYAL", "CHAMPIONS"},
      {"AT_RISK", "ALMOST_LOST", "NEEDS_ATTENTION", "ACTIVE", "ACTIVE"},
      {"DORMANT", "ALMOST_LOST", "NEEDS_ATTENTION", "PROMISING", "PROMISING"},
      {"DORMANT", "DORMANT", "ALMOST_LOST", "PROMISING", "NEW"}};

  private ShopScores() {
  }

  /** What scoring needs of a customer with at least one counted order. */
  record Input(long customerId, long orders, long amountSpent, long firstOrderAt, long lastOrderAt) {
  }

  record Score(String rfmGroup, String spendTier) {
  }

  static Map<Long, Score> compute(List<Input> scored, ZoneId zone, LocalDate today) {
    int n = scored.size();
    long[] recency = new long[n];
    long[] frequency = new long[n];
    long[] monetary = new long[n];
    double[] predicted = new double[n];
    for (int k = 0; k < n; k++) {
      Input input = scored.get(k);
      recency[k] = days(input.lastOrderAt(), zone, today);
      frequency[k] = input.orders();
      monetary[k] = input.amountSpent();
      predicted[k] = predictedSpend(input, days(input.firstOrderAt(), zone, today), recency[k]);
    }
    long[] byRecency = sorted(recency);
    long[] byFrequency = sorted(frequency);
    long[] byMonetary = sorted(monetary);
    double[] byPredicted = predicted.clone();
    Arrays.sort(byPredicted);
    Map<Long, Score> scores = new HashMap<>();
    for (int k = 0; k < n; k++) {
      int r = score(n - countAtMost(byRecency, recency[k]), n);
      int f = score(countBelow(byFrequency, frequency[k]), n);
      int m = score(countBelow(byMonetary, monetary[k]), n);
      int fm = (f + m + 1) / 2;
      String tier = predicted[k] > byPredicted[rank(70, n) - 1] ? "HIGH"
          : predicted[k] <= byPredicted[rank(10, n) - 1] ? "LOW" : "MEDIUM";
      scores.put(scored.get(k).customerId(), new Score(GRID[5 - fm][r - 1], tier));
    }
    return scores;
  }

  /** aov * rate * exp(-days since the last order / 180), DATA.md §4. */
  private static double predictedSpend(Input input, long daysSinceFirst, long daysSinceLast) {
    double aov = input.amountSpent() / 10_000.0 / input.orders();
    double tenureYears = Math.min(5.0, Math.max(0.25, daysSinceFirst / 365.0));
    double rate = Math.min(input.orders(), 12) / tenureYears;
    return aov * rate * Math.exp(-daysSinceLast / 180.0);
  }

  /** Whole days from the shop-local date of an instant to {@code today}. */
  private static long days(long epochSecond, ZoneId zone, LocalDate today) {
    return ChronoUnit.DAYS.between(LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone), today);
  }

  private static int score(int worse, int n) {
    return (int) Math.min(5, 1 + 5L * worse / n);
  }

  /** The 1-based nearest rank of the p-th percentile of n values. */
  private static int rank(int percentile, int n) {
    return (int) Math.max(1, (percentile * (long) n + 99) / 100);
  }

  private static long[] sorted(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** How many sorted values are strictly below {@code value}. */
  private static int countBelow(long[] sorted, long value) {
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

  /** How many sorted values are at most {@code value}. */
  private static int countAtMost(long[] sorted, long value) {
    return value == Long.MAX_VALUE ? sorted.length : countBelow(sorted, value + 1);
  }
}
