package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.segmentum.model.EventType;
import org.segmentum.query.Query;

/**
 * The legacy function form (LANGUAGE.md §3) against the MATCHES form it stands for: the same canonical
 * text and the same members, on purchases half an hour either side of the range's local midnights.
 */
class EdgeCaseLegacyFormsTest extends EdgeCaseSupport {

  /** 1: product 1 on Jan 15 and 20; 2: product 1 on Dec 31 23:30; 3: product 1 on Feb 1 00:30; 4: product 2; 5: none. */
  private Segments purchases() {
    TinyShop shop = new TinyShop("America/New_York");
    shop.product(1, null).product(2, null);
    shop.customer(1).addressAt(40.7128, -74.0060);
    shop.customers(2, 3, 4, 5);
    shop.order(1, "2026-01-15T10:00").line(1, 1);
    shop.order(1, "2026-01-20T10:00").line(1, 4).line(2, 1);
    shop.order(2, "2025-12-31T23:30").line(1, 1);
    shop.order(3, "2026-02-01T00:30").line(1, 2);
    shop.order(4, "2026-01-10T10:00").line(2, 1);
    shop.event(EventType.EMAIL_OPENED, 2, "2026-01-05T10:00", 10L);
    shop.event(EventType.EMAIL_OPENED, 3, "2026-01-05T10:00", 11L);
    return load(shop, "2026-02-15T12:00");
  }

  @Test
  void trueIsMatchesAndFalseIsNotMatches() {
    Segments s = purchases();

    same(s, "products_purchased(id: 1, date: (2026-01-01, 2026-01-31)) = true",
        "products_purchased MATCHES (id = 1, date BETWEEN 2026-01-01 AND 2026-01-31)", 1L);
    same(s, "products_purchased(id: 1, date: (2026-01-01, 2026-01-31)) = false",
        "products_purchased NOT MATCHES (id = 1, date BETWEEN 2026-01-01 AND 2026-01-31)", 2L, 3L, 4L, 5L);
    same(s, "products_purchased(id: 1) != true", "products_purchased NOT MATCHES (id = 1)", 4L, 5L);
    same(s, "products_purchased(id: 1) != false", "products_purchased MATCHES (id = 1)", 1L, 2L, 3L);
    same(s, "products_purchased(date: (2025-12-31, 2026-01-31)) = true",
        "products_purchased MATCHES (date BETWEEN 2025-12-31 AND 2026-01-31)", 1L, 2L, 4L);
  }

  @Test
  void countAtLeastListsAndSingleDates() {
    Segments s = purchases();

    same(s, "products_purchased(id: 1, count_at_least: 2) = true", "products_purchased MATCHES (id = 1, count >= 2)", 1L);
    same(s, "products_purchased(id: 1, count_at_least: 2) = false",
        "products_purchased NOT MATCHES (id = 1, count >= 2)", 2L, 3L, 4L, 5L);
    same(s, "products_purchased(id: 1, date: 2026-01-16) = true",
        "products_purchased MATCHES (id = 1, date >= 2026-01-16)", 1L, 3L);
    same(s, "products_purchased(id: (1, 2)) = true", "products_purchased MATCHES (id IN (1, 2))", 1L, 2L, 3L, 4L);
    same(s, "orders_placed(count_at_least: 1, date: (2026-01-01, 2026-01-31)) = true",
        "orders_placed MATCHES (count >= 1, date BETWEEN 2026-01-01 AND 2026-01-31)", 1L, 4L);
    same(s, "shopify_email.opened(activity_id: 10) = true", "shopify_email.opened MATCHES (activity_id = 10)", 2L);
    same(s, "customer_within_distance(coordinates: (40.7128, -74.0060), distance_km: 1) = true",
        "customer_within_distance MATCHES (coordinates = (40.7128, -74.0060), distance_km = 1)", 1L);
    same(s, "customer_within_distance(coordinates: (40.7128, -74.0060), distance_mi: 1) = false",
        "customer_within_distance NOT MATCHES (coordinates = (40.7128, -74.0060), distance_mi = 1)", 2L, 3L, 4L, 5L);
  }

  @Test
  void namedLegacyDatesAreOffsets() {
    Segments s = purchases();

    same(s, "products_purchased(id: 1, date: 30_days_ago) = true", "products_purchased MATCHES (id = 1, date >= -30d)",
        1L, 3L);
    same(s, "last_order_date >= 90_days_ago", "last_order_date >= -90d", 1L, 2L, 3L, 4L);
  }

  private static void same(Segments s, String legacy, String matches, Long... expected) {
    assertThat(Query.print(s.checked(legacy).expr())).isEqualTo(Query.print(s.checked(matches).expr()));
    assertThat(s.members(legacy)).containsExactly(expected).isEqualTo(s.members(matches));
  }
}
