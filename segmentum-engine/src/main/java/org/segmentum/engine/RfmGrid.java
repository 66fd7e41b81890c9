package org.segmentum.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a shop's customers spread over the R×FM grid of DATA.md §4 as of one shop-local date: one cell per
 * recency score and FM score (1..5 each), with the group the cell belongs to and how many customers are in
 * it, plus the customers without counted orders ({@code PROSPECTS}, outside the grid).
 *
 * @param asOf the shop-local date the scores are as of
 * @param cells the 25 cells, by recency then FM score, ascending
 * @param prospects customers that are not scored
 */
public record RfmGrid(LocalDate asOf, List<Cell> cells, long prospects) {
  public RfmGrid {
    Objects.requireNonNull(asOf, "asOf");
    cells = List.copyOf(cells);
  }

  /**
   * One cell of the grid.
   *
   * @param recency the R score, 1 (longest ago) to 5 (most recent)
   * @param frequencyMonetary the FM score, 1 to 5
   * @param group the group the cell belongs to
   * @param customers how many customers are in the cell
   */
  public record Cell(int recency, int frequencyMonetary, RfmGroup group, long customers) {
    public Cell {
      Objects.requireNonNull(group, "group");
    }
  }
}
