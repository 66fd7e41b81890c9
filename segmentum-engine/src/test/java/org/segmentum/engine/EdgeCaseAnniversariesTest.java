package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmentum.query.MetafieldType;

/**
 * {@code anniversary} (LANGUAGE.md §5): 29 February in leap and other years, ranges across the year end,
 * {@code !=} and {@code IS NULL}, and a date custom field.
 */
class EdgeCaseAnniversariesTest extends EdgeCaseSupport {
  private TinyShop shop;

  @BeforeEach
  void birthdays() {
    shop = new TinyShop("America/New_York");
    shop.definition("facts", "wedding", MetafieldType.DATE);
    shop.customer(1).birthDate("2000-02-29");
    shop.customer(2).birthDate("1990-02-28");
    shop.customer(3).birthDate("1985-03-01");
    shop.customer(4).birthDate("1970-12-30");
    shop.customer(5).birthDate("1980-01-02");
    shop.customer(6).birthDate("1981-01-04");
    shop.customer(7).birthDate("1982-01-05");
    shop.customer(8);
    shop.customer(9).metafield("facts.wedding", LocalDate.parse("2012-02-29"));
  }

  @Test
  void leapDayBirthdaysFallOnTheTwentyEighthInOtherYears() {
    Segments s = load(shop, "2027-02-28T12:00");
    String today = "anniversary('birth_date') = today";

    assertThat(s.members(today)).containsExactly(1L, 2L);
    assertThat(s.membersAt(today, "2028-02-28T12:00")).containsExactly(2L);
    assertThat(s.membersAt(today, "2028-02-29T12:00")).containsExactly(1L);
    assertThat(s.membersAt(today, "2027-03-01T12:00")).containsExactly(3L);
    assertThat(s.membersAt(today, "2028-03-01T00:00")).containsExactly(3L);
    assertThat(s.members("anniversary('birth_date') != today")).containsExactly(3L, 4L, 5L, 6L, 7L);
    assertThat(s.members("anniversary('metafields.facts.birth_date') = today")).containsExactly(1L, 2L);
    assertThat(s.members("anniversary('metafields.facts.wedding') = today")).containsExactly(9L);
    assertThat(s.membersAt("anniversary('metafields.facts.wedding') = today", "2028-02-28T12:00")).isEmpty();
  }

  @Test
  void explicitRangesAroundTheLeapDay() {
    Segments s = load(shop, "2027-02-28T12:00");

    assertThat(s.members("anniversary('birth_date') BETWEEN 2027-02-27 AND 2027-03-01")).containsExactly(1L, 2L, 3L);
    assertThat(s.members("anniversary('birth_date') BETWEEN 2028-02-29 AND 2028-03-01")).containsExactly(1L, 3L);
    assertThat(s.members("anniversary('birth_date') = 2028-02-28")).containsExactly(2L);
    assertThat(s.members("anniversary('birth_date') BETWEEN 2027-03-01 AND 2028-02-28"))
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(s.members("anniversary('birth_date') BETWEEN 2027-03-01 AND 2028-02-29"))
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(s.members("anniversary('birth_date') BETWEEN 2027-03-01 AND 2027-02-28")).isEmpty();
  }

  @Test
  void rangesMayCrossTheYearEnd() {
    Segments s = load(shop, "2026-12-28T09:00");

    assertThat(s.members("anniversary(date: 'birth_date') BETWEEN today AND +7d")).containsExactly(4L, 5L, 6L);
    assertThat(s.members("anniversary('birth_date') BETWEEN 2026-12-30 AND 2027-01-02")).containsExactly(4L, 5L);
    assertThat(s.membersAt("anniversary(date: 'birth_date') BETWEEN today AND +7d", "2026-12-28T23:59:59"))
        .containsExactly(4L, 5L, 6L);
    assertThat(s.membersAt("anniversary(date: 'birth_date') BETWEEN today AND +7d", "2026-12-29T00:00:00"))
        .containsExactly(4L, 5L, 6L, 7L);
    assertThat(s.members("anniversary('birth_date') BETWEEN -1y AND today")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
  }

  @Test
  void missingDatesAreNeitherEqualNorDifferent() {
    Segments s = load(shop, "2026-12-30T09:00");

    assertThat(s.members("anniversary('birth_date') = today")).containsExactly(4L);
    assertThat(s.members("anniversary('birth_date') != today")).containsExactly(1L, 2L, 3L, 5L, 6L, 7L);
    assertThat(s.members("NOT anniversary('birth_date') = today")).containsExactly(1L, 2L, 3L, 5L, 6L, 7L, 8L, 9L);
    assertThat(s.members("anniversary('birth_date') IS NULL")).containsExactly(8L, 9L);
    assertThat(s.members("anniversary('birth_date') IS NOT NULL")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(s.members("anniversary('metafields.facts.wedding') IS NULL")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
  }
}
