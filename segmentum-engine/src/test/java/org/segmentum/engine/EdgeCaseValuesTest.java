package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.segmentum.model.OrderStatus;

/**
 * Customer attributes at their edges: two-valued logic with missing values (LANGUAGE.md §4), tags
 * compared without regard to case, and location codes (DATA.md §3).
 */
class EdgeCaseValuesTest extends EdgeCaseSupport {

  @Test
  void comparisonsWithMissingValuesAreFalseAndNotIsTheirComplement() {
    TinyShop shop = new TinyShop("Europe/Sofia");
    shop.customer(1).language("en").createdByApp(7).email("Ann@Example.COM").group("Wholesale");
    shop.customer(2).language("fr-CA").createdByApp(8).email("bo@shop.example").group("Retail");
    shop.customers(3, 4, 5);
    shop.order(2, "2026-01-01T10:00");
    shop.order(3, "2024-01-01T23:59");
    shop.order(4, "2026-03-30T10:00").status(OrderStatus.CANCELLED);
    shop.order(5, "2026-03-25T10:00");
    shop.checkout(2, "2026-02-01T10:00", false);
    shop.checkout(3, "2026-02-01T10:00", true);
    Segments s = load(shop, "2026-04-01T12:00");

    assertThat(s.members("last_order_date < -60d")).containsExactly(2L, 3L);
    assertThat(s.members("NOT last_order_date < -60d")).containsExactly(1L, 4L, 5L);
    assertThat(s.members("last_order_date != 2024-01-01")).containsExactly(2L, 5L);
    assertThat(s.members("NOT last_order_date != 2024-01-01")).containsExactly(1L, 3L, 4L);
    assertThat(s.members("last_order_date = 2024-01-01 OR last_order_date != 2024-01-01")).containsExactly(2L, 3L, 5L);
    assertThat(s.members("last_order_date IS NULL")).containsExactly(1L, 4L);
    assertThat(s.members("last_order_date IS NOT NULL")).containsExactly(2L, 3L, 5L);
    assertThat(s.members("first_order_date >= -60d OR NOT first_order_date >= -60d")).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(s.members("amount_spent = 0")).containsExactly(1L, 4L);
    assertThat(s.members("number_of_orders < 1")).containsExactly(1L, 4L);
    assertThat(s.members("abandoned_checkout_date >= 2026-01-01")).containsExactly(2L);
    assertThat(s.members("abandoned_checkout_date IS NULL")).containsExactly(1L, 3L, 4L, 5L);
    assertThat(s.members("customer_language != 'en'")).containsExactly(2L);
    assertThat(s.members("customer_language IS NULL")).containsExactly(3L, 4L, 5L);
    assertThat(s.members("created_by_app_id != 7")).containsExactly(2L);
    assertThat(s.members("NOT created_by_app_id = 7")).containsExactly(2L, 3L, 4L, 5L);
    assertThat(s.members("created_by_app_id IS NULL")).containsExactly(3L, 4L, 5L);
    assertThat(s.members("customer_email_domain = 'example.com'")).containsExactly(1L);
    assertThat(s.members("customer_email_domain != 'example.com'")).containsExactly(2L);
    assertThat(s.members("customer_group != 'Wholesale'")).containsExactly(2L);
    assertThat(s.members("customer_group = 'wholesale'")).isEmpty();
  }

  @Test
  void customerAndProductTagsIgnoreCase() {
    TinyShop shop = new TinyShop("UTC");
    shop.product(1, null, "Shoes").product(2, null, "SHOES", "sale").product(3, null, "boots");
    shop.customer(1).tags("VIP", "Wholesale");
    shop.customer(2).tags("vip");
    shop.customer(3).tags("Vip-Gold");
    shop.customer(4);
    shop.customer(5).tags("ÉTÉ");
    shop.order(1, "2026-01-10T10:00").line(1, 1);
    shop.order(2, "2026-01-10T10:00").line(2, 1);
    shop.order(3, "2026-01-10T10:00").line(3, 1);
    Segments s = load(shop, "2026-02-01T12:00");

    assertThat(s.members("customer_tags CONTAINS 'vip'")).containsExactly(1L, 2L);
    assertThat(s.members("customer_tags CONTAINS 'VIP'")).containsExactly(1L, 2L);
    assertThat(s.members("customer_tags CONTAINS 'vIp'")).containsExactly(1L, 2L);
    assertThat(s.members("customer_tags NOT CONTAINS 'Vip'")).containsExactly(3L, 4L, 5L);
    assertThat(s.members("customer_tags CONTAINS 'WHOLESALE'")).containsExactly(1L);
    assertThat(s.members("customer_tags CONTAINS 'été'")).containsExactly(5L);
    assertThat(s.members("customer_tags IS NULL")).containsExactly(4L);
    assertThat(s.members("products_purchased MATCHES (tag = 'shoes')")).containsExactly(1L, 2L);
    assertThat(s.members("products_purchased MATCHES (tag = 'Sale')")).containsExactly(2L);
    assertThat(s.members("products_purchased NOT MATCHES (tag = 'SHOES')")).containsExactly(3L, 4L, 5L);
  }

  @Test
  void cityCodesDropSpacesAndPunctuationKeepCaseAndScript() {
    TinyShop shop = new TinyShop("UTC");
    shop.customer(1).address("US", "NY", "New York City");
    shop.customer(2).address("FR", null, "Saint-Denis");
    shop.customer(3).address("JP", "13", "東京都");
    shop.customer(4).address("BG", "22", "София");
    shop.customer(5).address("us", "ny", "new york");
    shop.customer(6).address("GB", "ENG", "London").address("FR", " ", "Saint Denis");
    shop.customer(7);
    shop.customer(8).address("CA", "QC", "Montréal");
    shop.customer(9).address("CA", "NL", "St. John's");
    Segments s = load(shop, "2026-02-01T12:00");

    assertThat(s.members("customer_cities CONTAINS 'US-NY-NewYorkCity'")).containsExactly(1L);
    assertThat(s.members("customer_cities CONTAINS 'FR--SaintDenis'")).containsExactly(2L, 6L);
    assertThat(s.members("customer_cities CONTAINS 'JP-13-東京都'")).containsExactly(3L);
    assertThat(s.members("customer_cities CONTAINS 'BG-22-София'")).containsExactly(4L);
    assertThat(s.members("customer_cities CONTAINS 'US-NY-newyork'")).containsExactly(5L);
    assertThat(s.members("customer_cities CONTAINS 'US-NY-NewYork'")).isEmpty();
    assertThat(s.members("customer_cities CONTAINS 'CA-QC-Montréal'")).containsExactly(8L);
    assertThat(s.members("customer_cities CONTAINS 'CA-NL-StJohns'")).containsExactly(9L);
    assertThat(s.members("customer_cities NOT CONTAINS 'FR--SaintDenis'")).containsExactly(1L, 3L, 4L, 5L, 7L, 8L, 9L);
    assertThat(s.members("customer_cities IS NULL")).containsExactly(7L);
    assertThat(s.members("customer_regions CONTAINS 'US-NY'")).containsExactly(1L, 5L);
    assertThat(s.members("customer_regions IS NULL")).containsExactly(2L, 7L);
    assertThat(s.members("customer_countries CONTAINS 'FR'")).containsExactly(2L, 6L);
    assertThat(s.members("customer_countries CONTAINS 'US' AND NOT customer_regions CONTAINS 'US-NY'")).isEmpty();
  }
}
