package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Local days (LANGUAGE.md §5) in shops west and east of UTC: orders half an hour either side of local
 * midnight, "today" as the shop's clock crosses midnight, and the 23- and 25-hour days of New York.
 */
class EdgeCaseTimeZonesTest extends EdgeCaseSupport {

  /** 1: 14th 23:30, 2: 15th 00:30, 3: 13th 23:30, 4: 14th 00:30 (all local), 5: never ordered. */
  private TinyShop aroundMidnight(String zone) {
    TinyShop shop = new TinyShop(zone);
    shop.customers(1, 2, 3, 4, 5);
    shop.order(1, "2026-01-14T23:30");
    shop.order(2, "2026-01-15T00:30");
    shop.order(3, "2026-01-13T23:30");
    shop.order(4, "2026-01-14T00:30");
    return shop;
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Asia/Tokyo"})
  void ordersHalfAnHourFromMidnightFallOnTheirLocalDay(String zone) {
    Segments s = load(aroundMidnight(zone), "2026-01-15T12:00");

    assertThat(s.members("last_order_date = 2026-01-14")).containsExactly(1L, 4L);
    assertThat(s.members("last_order_date = today")).containsExactly(2L);
    assertThat(s.members("last_order_date = yesterday")).containsExactly(1L, 4L);
    assertThat(s.members("last_order_date = -1d")).containsExactly(1L, 4L);
    assertThat(s.members("last_order_date > 2026-01-14")).containsExactly(2L);
    assertThat(s.members("last_order_date < 2026-01-14")).containsExactly(3L);
    assertThat(s.members("last_order_date >= yesterday")).containsExactly(1L, 2L, 4L);
    assertThat(s.members("last_order_date <= -1d")).containsExactly(1L, 3L, 4L);
    assertThat(s.members("last_order_date BETWEEN 2026-01-13 AND yesterday")).containsExactly(1L, 3L, 4L);
    assertThat(s.members("last_order_date BETWEEN today AND 2026-01-13")).isEmpty();
    assertThat(s.members("last_order_date != 2026-01-14")).containsExactly(2L, 3L);
    assertThat(s.members("last_order_date >= 2026-01-14T23:30:00")).containsExactly(1L, 2L);
    assertThat(s.members("last_order_date > 2026-01-14T23:30:00")).containsExactly(2L);
    assertThat(s.members("orders_placed MATCHES (date = yesterday)")).containsExactly(1L, 4L);
    assertThat(s.members("orders_placed MATCHES (date BETWEEN -2d AND -1d, count = 1)")).containsExactly(1L, 3L, 4L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Asia/Tokyo"})
  void todayChangesAtTheShopsMidnight(String zone) {
    Segments s = load(aroundMidnight(zone), "2026-01-15T12:00");

    assertThat(s.membersAt("last_order_date = today", "2026-01-14T23:59:59")).containsExactly(1L, 4L);
    assertThat(s.membersAt("last_order_date = today", "2026-01-15T00:00:00")).containsExactly(2L);
    assertThat(s.membersAt("last_order_date = yesterday", "2026-01-14T23:59:59")).containsExactly(3L);
    assertThat(s.membersAt("last_order_date = yesterday", "2026-01-15T00:00:00")).containsExactly(1L, 4L);
    assertThat(s.membersAt("last_order_date >= -1d", "2026-01-14T23:59:59")).containsExactly(1L, 2L, 3L, 4L);
    assertThat(s.membersAt("last_order_date >= -1d", "2026-01-15T00:00:00")).containsExactly(1L, 2L, 4L);
    assertThat(s.membersAt("last_order_date < -1d", "2026-01-15T00:00:00")).containsExactly(3L);
  }

  @Test
  void theTwentyThreeHourDayOfSpringForward() {
    TinyShop shop = new TinyShop("America/New_York");
    assertThat(dayLength(shop.zone, "2026-03-08")).isEqualTo(Duration.ofHours(23));
    shop.customers(1, 2, 3, 4, 5, 6);
    shop.order(1, "2026-03-07T23:30");
    shop.order(2, "2026-03-08T00:30");
    shop.order(3, "2026-03-08T23:30");
    shop.order(4, "2026-03-09T00:30");
    shop.order(5, "2026-03-08T03:30");
    Segments s = load(shop, "2026-03-08T12:00");

    assertThat(s.members("last_order_date = 2026-03-08")).containsExactly(2L, 3L, 5L);
    assertThat(s.members("last_order_date = today")).containsExactly(2L, 3L, 5L);
    assertThat(s.members("last_order_date != 2026-03-08")).containsExactly(1L, 4L);
    assertThat(s.members("last_order_date < 2026-03-08")).containsExactly(1L);
    assertThat(s.members("last_order_date > 2026-03-08")).containsExactly(4L);
    assertThat(s.members("last_order_date <= today")).containsExactly(1L, 2L, 3L, 5L);
    assertThat(s.members("last_order_date BETWEEN 2026-03-08 AND 2026-03-08")).containsExactly(2L, 3L, 5L);
    assertThat(s.membersAt("last_order_date = yesterday", "2026-03-09T00:00:00")).containsExactly(2L, 3L, 5L);
    assertThat(s.membersAt("last_order_date >= -1d", "2026-03-09T23:59:59")).containsExactly(2L, 3L, 4L, 5L);
    // 02:30 does not exist that night; like any local time in a gap it is moved forward to 03:30 EDT.
    assertThat(s.members("last_order_date >= 2026-03-08T02:30:00")).containsExactly(3L, 4L, 5L);
  }

  @Test
  void theTwentyFiveHourDayOfFallBack() {
    TinyShop shop = new TinyShop("America/New_York");
    assertThat(dayLength(shop.zone, "2026-11-01")).isEqualTo(Duration.ofHours(25));
    shop.customers(1, 2, 3, 4, 5, 6);
    shop.order(1, "2026-10-31T23:30");
    shop.order(2, "2026-11-01T00:30");
    shop.order(3, "2026-11-01T23:30");
    shop.order(4, "2026-11-02T00:30");
    shop.order(5, "2026-11-01T01:30");
    shop.order(6, LocalDateTime.parse("2026-11-01T01:30").atZone(shop.zone).withLaterOffsetAtOverlap().toInstant());
    Segments s = load(shop, "2026-11-01T12:00");

    assertThat(s.members("last_order_date = 2026-11-01")).containsExactly(2L, 3L, 5L, 6L);
    assertThat(s.members("last_order_date = today")).containsExactly(2L, 3L, 5L, 6L);
    assertThat(s.members("last_order_date < today")).containsExactly(1L);
    assertThat(s.members("last_order_date > 2026-11-01")).containsExactly(4L);
    assertThat(s.members("last_order_date >= 2026-11-01 AND last_order_date <= 2026-11-01")).containsExactly(2L, 3L, 5L, 6L);
    assertThat(s.membersAt("last_order_date = -1d", "2026-11-02T23:59:59")).containsExactly(2L, 3L, 5L, 6L);
    // An ambiguous local time takes the earlier offset: 01:30 EDT, so the later 01:30 EST is after it.
    assertThat(s.members("last_order_date > 2026-11-01T01:30:00")).containsExactly(3L, 4L, 6L);
  }

  @Test
  void offsetsAreCalendarArithmeticClampedToTheMonthEnd() {
    TinyShop shop = new TinyShop("Asia/Tokyo");
    shop.customers(1, 2, 3, 4);
    shop.order(1, "2026-02-27T23:30");
    shop.order(2, "2026-02-28T00:30");
    shop.order(3, "2026-03-17T00:30");
    shop.order(4, "2025-03-31T12:00");
    Segments s = load(shop, "2026-03-31T12:00");

    assertThat(s.members("last_order_date >= -1m")).containsExactly(2L, 3L);
    assertThat(s.members("last_order_date = -1m")).containsExactly(2L);
    assertThat(s.members("last_order_date >= -2w")).containsExactly(3L);
    assertThat(s.members("last_order_date = -14d")).containsExactly(3L);
    assertThat(s.members("last_order_date = -1y")).containsExactly(4L);
    assertThat(s.members("last_order_date BETWEEN -1y AND -1m")).containsExactly(1L, 2L, 4L);
    assertThat(s.members("last_order_date BETWEEN -1m AND -1y")).isEmpty();
  }

  private static Duration dayLength(ZoneId zone, String day) {
    LocalDate date = LocalDate.parse(day);
    return Duration.between(date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
  }
}
