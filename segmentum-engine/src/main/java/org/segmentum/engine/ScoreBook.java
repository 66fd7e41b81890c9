package org.segmentum.engine;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The RFM groups and spend tiers of a shop's customers by id, as of one shop-local date. Customers
 * that came later are {@code PROSPECTS} and {@code LOW} until the next computation (DATA.md §4: scores
 * are recomputed at least daily). Immutable.
 */
final class ScoreBook {
  private final long[] ids;
  private final Scores scores;

  ScoreBook(long[] ascendingIds, Scores scores) {
    this.ids = ascendingIds;
    this.scores = scores;
  }

  /** Scores every customer of the list (ascending ids) from their plain facts as of {@code today}. */
  static ScoreBook compute(java.util.List<ReferenceCustomer> customers, java.time.ZoneId zone, LocalDate today) {
    long[] ids = customers.stream().mapToLong(c -> c.customer.id()).toArray();
    Scores.Input[] inputs = customers.stream().map(c -> c.numberOfOrders == 0 ? new Scores.Input(0, 0, null, null)
        : new Scores.Input(c.numberOfOrders, Money.units(c.amountSpent), LocalDate.ofInstant(c.firstOrder, zone),
            LocalDate.ofInstant(c.lastOrder, zone))).toArray(Scores.Input[]::new);
    return new ScoreBook(ids, Scores.compute(inputs, today));
  }

  LocalDate asOf() {
    return scores.asOf();
  }

  RfmGroup group(long customerId) {
    int at = Arrays.binarySearch(ids, customerId);
    return at >= 0 ? scores.group(at) : RfmGroup.PROSPECTS;
  }

  SpendTier tier(long customerId) {
    int at = Arrays.binarySearch(ids, customerId);
    return at >= 0 ? scores.tier(at) : SpendTier.LOW;
  }

  private byte cell(long customerId) {
    int at = Arrays.binarySearch(ids, customerId);
    return at >= 0 ? (byte) scores.cell(at) : Scores.NOT_SCORED;
  }

  /**
   * How the given customers fall in the R×FM cells; those not scored (including customers that came after
   * the computation) are prospects.
   */
  RfmGrid grid(Iterable<Long> customerIds) {
    long[] counts = new long[25];
    long prospects = 0;
    for (long id : customerIds) {
      int cell = cell(id);
      if (cell < 0) {
        prospects++;
      } else {
        counts[cell]++;
      }
    }
    java.util.List<RfmGrid.Cell> cells = new java.util.ArrayList<>(25);
    for (int r = 1; r <= 5; r++) {
      for (int fm = 1; fm <= 5; fm++) {
        cells.add(new RfmGrid.Cell(r, fm, RfmGroup.of(r, fm), counts[5 * (r - 1) + (fm - 1)]));
      }
    }
    return new RfmGrid(asOf(), cells, prospects);
  }

  /** The scores of the given customers (ascending ids), for a snapshot. */
  Scores forCustomers(long[] customerIds) {
    RfmGroup[] groups = new RfmGroup[customerIds.length];
    SpendTier[] tiers = new SpendTier[customerIds.length];
    byte[] cells = new byte[customerIds.length];
    for (int i = 0; i < customerIds.length; i++) {
      groups[i] = group(customerIds[i]);
      tiers[i] = tier(customerIds[i]);
      cells[i] = cell(customerIds[i]);
    }
    return Scores.of(asOf(), groups, tiers, cells);
  }
}
