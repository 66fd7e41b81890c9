package org.segmentum.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RFM groups and predicted spend tiers computed straight from DATA.md §4, the slow and obvious way
 * (every score counts the strictly worse customers one by one), to check the engine's scores against.
 */
final class IndependentScores {
  private static final String[][] GRID = {
      // R = 1, 2, 3, 4, 5 for FM = 1 (first row) to FM = 5 (last row)
      {"DORMANT", "DORMANT", "ALMOST_LOST", "PROMISING", "NEW"},
      {"DORMANT", "ALMOST_LOST", "NEEDS_ATTENTION", "PROMISING", "PROMISING"},
      {"AT_RISK", "ALMOST_LOST", "NEEDS_ATTENTION", "ACTIVE", "ACTIVE"},
      {"AT_RISK", "AT_RISK", "LOYAL", "LOYAL", "CHAMPIONS"},
      {"PREVIOUSLY_LOYAL", "PREVIOUSLY_LOYAL", "LOYAL", "LOYAL", "CHAMPIONS"},
  };

  private IndependentScores() {
  }

  /** One customer's group and tier. */
  record Score(String rfmGroup, String spendTier) {
  }

  /** Scores of every customer of {@code facts} as of {@code today}, keyed by customer id. */
  static Map<Long, Score> compute(List<OnlineRetailDatabase.Facts> facts, ZoneId zone, LocalDate today) {
    List<OnlineRetailDatabase.Facts> scored = facts.stream().filter(f -> f.orders() > 0).toList();
    int n = scored.size();
    long[] recency = new long[n];
    double[] predicted = new double[n];
    for (int k = 0; k < n; k++) {
      OnlineRetailDatabase.Facts f = scored.get(k);
      LocalDate first = LocalDate.ofInstant(f.firstOrder(), zone);
      LocalDate last = LocalDate.ofInstant(f.lastOrder(), zone);
      recency[k] = ChronoUnit.DAYS.between(last, today);
      double aov = f.spentCents() / 100.0 / f.orders();
      double tenureYears = Math.max(0.25, Math.min(5.0, ChronoUnit.DAYS.between(first, today) / 365.0));
      double rate = Math.min(f.orders(), 12) / tenureYears;
      predicted[k] = aov * rate * Math.exp(-recency[k] / 180.0);
    }
    double[] ascending = predicted.clone();
    Arrays.sort(ascending);
    double p70 = ascending[nearestRank(70, n) - 1];
    double p10 = ascending[nearestRank(10, n) - 1];
    Map<Long, Score> scores = new TreeMap<>();
    facts.forEach(f -> scores.put(f.id(), new Score("PROSPECTS", "LOW")));
    for (int k = 0; k < n; k++) {
      int worseR = 0;
      int worseF = 0;
      int worseM = 0;
      for (int j = 0; j < n; j++) {
        worseR += recency[j] > recency[k] ? 1 : 0;
        worseF += scored.get(j).orders() < scored.get(k).orders() ? 1 : 0;
        worseM += scored.get(j).spentCents() < scored.get(k).spentCents() ? 1 : 0;
      }
      int r = score(worseR, n);
      int fm = (int) Math.ceil((score(worseF, n) + score(worseM, n)) / 2.0);
      String tier = predicted[k] > p70 ? "HIGH" : predicted[k] <= p10 ? "LOW" : "MEDIUM";
      scores.put(scored.get(k).id(), new Score(GRID[fm - 1][r - 1], tier));
    }
    return scores;
  }

  private static int score(int worse, int n) {
    return Math.min(5, 1 + Math.floorDiv(5 * worse, n));
  }

  /** The 1-based rank of the p-th percentile by the nearest-rank method: {@code ceil(p / 100 * n)}. */
  private static int nearestRank(int p, int n) {
    return Math.max(1, (p * n + 99) / 100);
  }
}
