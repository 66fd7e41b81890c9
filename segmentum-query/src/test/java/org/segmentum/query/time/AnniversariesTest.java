package org.segmentum.query.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Anniversaries (LANGUAGE.md §5): month and day, year ignored, within an inclusive range of local
 * days; 29 February counts as 28 February in non-leap years; ranges may cross the year end.
 */
class AnniversariesTest {

  @ParameterizedTest(name = "{0}-{1} in [{2}, {3}]: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # month | day | first      | last       | falls within
      # 29 February in non-leap and leap years
        2     | 29  | 2025-02-28 | 2025-02-28 | true
        2     | 29  | 2025-03-01 | 2025-03-01 | false
        2     | 29  | 2024-02-28 | 2024-02-28 | false
        2     | 29  | 2024-02-29 | 2024-02-29 | true
        2     | 29  | 2024-03-01 | 2024-03-01 | false
        2     | 28  | 2025-02-28 | 2025-02-28 | true
        2     | 28  | 2024-02-29 | 2024-02-29 | false
        2     | 29  | 2027-12-01 | 2028-02-29 | true
        2     | 29  | 2027-12-01 | 2028-02-28 | false
        2     | 29  | 2026-02-01 | 2026-02-28 | true
        2     | 29  | 2026-03-01 | 2027-02-27 | false
      # single days and ordinary ranges
        1     | 1   | 2026-01-01 | 2026-01-01 | true
        7     | 4   | 2026-07-01 | 2026-07-07 | true
        7     | 4   | 2026-07-05 | 2026-07-07 | false
        7     | 4   | 2026-06-28 | 2026-07-03 | false
      # across the year end
        12    | 31  | 2025-12-28 | 2026-01-03 | true
        1     | 2   | 2025-12-28 | 2026-01-03 | true
        12    | 27  | 2025-12-28 | 2026-01-03 | false
        1     | 4   | 2025-12-28 | 2026-01-03 | false
        6     | 1   | 2025-12-28 | 2026-01-03 | false
      # reversed ranges are empty
        12    | 31  | 2026-01-03 | 2025-12-28 | false
        7     | 4   | 2026-07-07 | 2026-07-01 | false
        7     | 4   | 2026-07-05 | 2026-07-04 | false
      # a year or more contains every anniversary; just under a year misses one day
        2     | 29  | 2025-03-01 | 2026-03-01 | true
        7     | 4   | 2025-01-01 | 2026-01-01 | true
        12    | 31  | 2020-01-01 | 2030-06-30 | true
        2     | 29  | 2025-03-01 | 2026-02-28 | true
        2     | 29  | 2024-03-01 | 2025-02-28 | true
        3     | 1   | 2025-03-02 | 2026-02-28 | false
        3     | 1   | 2025-03-02 | 2026-03-01 | true
      """)
  void fallsWithin(int month, int day, LocalDate first, LocalDate last, boolean expected) {
    assertThat(Anniversaries.fallsWithin(month, day, first, last)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}-{1} in {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      2  | 29 | 2024 | 2024-02-29
      2  | 29 | 2025 | 2025-02-28
      2  | 29 | 2100 | 2100-02-28
      2  | 29 | 2000 | 2000-02-29
      12 | 31 | 2026 | 2026-12-31
      """)
  void inYear(int month, int day, int year, LocalDate expected) {
    assertThat(Anniversaries.inYear(month, day, year)).isEqualTo(expected);
  }
}
