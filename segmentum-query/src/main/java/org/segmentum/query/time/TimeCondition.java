package org.segmentum.query.time;

import java.util.Objects;

/**
 * What a date comparison asks of an instant: inside {@code range}, or, when {@code outside}, not inside
 * it ({@code != d}). A missing value never matches (two-valued logic), whichever the case.
 */
public record TimeCondition(SecondRange range, boolean outside) {
  public TimeCondition {
    Objects.requireNonNull(range, "range");
  }

  public boolean test(long epochSecond) {
    return range.contains(epochSecond) != outside;
  }
}
