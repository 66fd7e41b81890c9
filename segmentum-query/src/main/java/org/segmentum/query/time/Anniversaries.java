package org.segmentum.query.time;

import java.time.LocalDate;
import java.time.Year;

/**
 * Anniversary arithmetic (LANGUAGE.md §5): whether a month and day, year ignored, falls on a day of a
 * range of local dates. 29 February counts as 28 February in non-leap years; a range may cross the year
 * end; a range of a year or more contains every anniversary. O(1): a range shorter than a year touches
 * at most two calendar years.
 */
public final class Anniversaries {
  private Anniversaries() {
  }

  /** True when month/day falls on a day in {@code [first, last]} (inclusive; empty if reversed). */
  public static boolean fallsWithin(int month, int dayOfMonth, LocalDate first, LocalDate last) {
    if (first.isAfter(last)) {
      return false;
    }
    if (!first.plusYears(1).isAfter(last)) {
      return true;
    }
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      LocalDate candidate = inYear(month, dayOfMonth, year);
      if (!candidate.isBefore(first) && !candidate.isAfter(last)) {
        return true;
      }
    }
    return false;
  }

  /** The day the anniversary of month/day falls on in a given year. */
  public static LocalDate inYear(int month, int dayOfMonth, int year) {
    if (month == 2 && dayOfMonth == 29 && !Year.isLeap(year)) {
      return LocalDate.of(year, 2, 28);
    }
    return LocalDate.of(year, month, dayOfMonth);
  }
}
