package org.segmentum.engine;

/** The RFM groups of DATA.md §4, and the grid that maps recency and FM scores to them. */
public enum RfmGroup {
  CHAMPIONS, LOYAL, ACTIVE, NEW, PROMISING, NEEDS_ATTENTION, AT_RISK, ALMOST_LOST, PREVIOUSLY_LOYAL, DORMANT,
  PROSPECTS;

  // Rows FM 5..1, columns R 1..5, exactly as the table in DATA.md §4.
  private static final RfmGroup[][] GRID = {
      {PREVIOUSLY_LOYAL, PREVIOUSLY_LOYAL, LOYAL, LOYAL, CHAMPIONS},
      {AT_RISK, AT_RISK, LOYAL, LOYAL, CHAMPIONS},
      {AT_RISK, ALMOST_LOST, NEEDS_ATTENTION, ACTIVE, ACTIVE},
      {DORMANT, ALMOST_LOST, NEEDS_ATTENTION, PROMISING, PROMISING},
      {DORMANT, DORMANT, ALMOST_LOST, PROMISING, NEW}};

  /** The group of a scored customer with recency score r and FM score fm (both 1..5). */
  static RfmGroup of(int r, int fm) {
    return GRID[5 - fm][r - 1];
  }
}
