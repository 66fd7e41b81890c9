package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.segmentum.model.OrderStatus;

/**
 * Which orders count (DATA.md §3) and which orders and lines functions select (LANGUAGE.md §6.2): test
 * orders, cancellation by status and by time, refunds, the {@code status} parameter, category trees,
 * and aggregates over customers without any record.
 */
class EdgeCaseOrdersTest extends EdgeCaseSupport {

  /**
   * 1: paid 100 (product 8, location 5, app 77), refunded 100 - 40, a test order, a CANCELLED order
   * (product 9) and a PAID order with a cancellation time; 2: only a test order (product 9);
   * 3: only a cancelled order; 4: nothing; 5: a fully refunded order; 6: a cancelled test order.
   */
  private Segments countedOrders() {
    TinyShop shop = new TinyShop("Europe/Paris");
    shop.customers(1, 2, 3, 4, 5, 6);
    shop.order(1, "2026-01-10T10:00").total("100.00").line(8, 2).location(5).app(77);
    shop.order(1, "2026-01-20T10:00").total("100.00").refunded("40.00").status(OrderStatus.REFUNDED);
    shop.order(1, "2026-02-01T10:00").total("50.00").test();
    shop.order(1, "2026-02-05T10:00").total("70.00").status(OrderStatus.CANCELLED).line(9, 1);
    shop.order(1, "2026-02-10T10:00").total("30.00").cancelledLater().line(8, 5);
    shop.order(2, "2026-02-01T10:00").total("80.00").test().line(9, 1);
    shop.order(3, "2026-02-01T10:00").total("90.00").status(OrderStatus.CANCELLED);
    shop.order(5, "2026-01-05T10:00").total("50.00").refunded("50.00").location(6);
    shop.order(6, "2026-02-01T10:00").total("20.00").test().status(OrderStatus.CANCELLED);
    return load(shop, "2026-03-01T12:00");
  }

  @Test
  void onlyOrdersThatAreNeitherTestNorCancelledCount() {
    Segments s = countedOrders();

    assertThat(s.members("amount_spent = 160")).containsExactly(1L);
    assertThat(s.members("amount_spent = 0")).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(s.members("number_of_orders = 2")).containsExactly(1L);
    assertThat(s.members("number_of_orders = 1")).containsExactly(5L);
    assertThat(s.members("number_of_orders = 0")).containsExactly(2L, 3L, 4L, 6L);
    assertThat(s.members("first_order_date = 2026-01-10 AND last_order_date = 2026-01-20")).containsExactly(1L);
    assertThat(s.members("last_order_date >= 2026-02-01")).isEmpty();
    assertThat(s.members("products_purchased MATCHES (id = 8)")).containsExactly(1L);
    assertThat(s.members("products_purchased MATCHES (id = 8, sum_quantity = 2)")).containsExactly(1L);
    assertThat(s.members("products_purchased MATCHES (id = 9)")).isEmpty();
  }

  @Test
  void ordersPlacedLeavesOutCancelledOrdersUnlessAStatusIsAsked() {
    Segments s = countedOrders();

    assertThat(s.members("orders_placed MATCHES ()")).containsExactly(1L, 5L);
    assertThat(s.members("orders_placed MATCHES (count = 2, sum_amount = 160)")).containsExactly(1L);
    assertThat(s.members("orders_placed MATCHES (status = 'CANCELLED')")).containsExactly(1L, 3L);
    assertThat(s.members("orders_placed MATCHES (status = 'CANCELLED', count = 2, sum_amount = 100)")).containsExactly(1L);
    assertThat(s.members("orders_placed MATCHES (status = 'PAID')")).containsExactly(1L, 5L);
    assertThat(s.members("orders_placed MATCHES (status = 'PAID', amount = 30)")).isEmpty();
    assertThat(s.members("orders_placed MATCHES (status = 'REFUNDED', amount = 60)")).containsExactly(1L);
    assertThat(s.members("orders_placed MATCHES (status IN ('PAID', 'CANCELLED'), sum_amount = 200)")).containsExactly(1L);
    assertThat(s.members("orders_placed MATCHES (status != 'CANCELLED')")).containsExactly(1L, 5L);
    assertThat(s.members("orders_placed MATCHES (status NOT IN ('PAID', 'REFUNDED'))")).containsExactly(1L, 3L);
    assertThat(s.members("orders_placed MATCHES (amount = 0)")).containsExactly(5L);
    assertThat(s.members("orders_placed MATCHES (date >= 2026-02-01)")).isEmpty();
    assertThat(s.members("orders_placed MATCHES (location_id = 5, app_id = 77)")).containsExactly(1L);
    assertThat(s.members("orders_placed MATCHES (location_id NOT IN (5))")).containsExactly(5L);
    assertThat(s.members("orders_placed MATCHES (app_id IN (1, 2))")).isEmpty();
  }

  @Test
  void aggregatesIncludeCustomersWithoutRecords() {
    Segments s = countedOrders();

    assertThat(s.members("orders_placed MATCHES (count = 0)")).containsExactly(2L, 3L, 4L, 6L);
    assertThat(s.members("orders_placed NOT MATCHES (count = 0)")).containsExactly(1L, 5L);
    assertThat(s.members("orders_placed MATCHES (sum_amount < 100)")).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(s.members("orders_placed MATCHES (count BETWEEN 0 AND 1)")).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(s.members("orders_placed MATCHES (status = 'CANCELLED', count = 0)")).containsExactly(2L, 4L, 5L, 6L);
    assertThat(s.members("products_purchased MATCHES (id = 8, sum_quantity < 3)")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(s.members("products_purchased MATCHES (id = 8, count = 0)")).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(s.members("shopify_email.opened MATCHES (count = 0)")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(s.members("storefront.product_viewed MATCHES (count >= 0)")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void categoriesIncludeAllTheirDescendants() {
    TinyShop shop = new TinyShop("UTC");
    shop.category(1, null).category(2, 1L).category(3, 2L).category(4, null).category(5, 4L);
    shop.product(11, 3L).product(12, 2L).product(13, 5L).product(14, null).product(15, 1L);
    shop.customers(1, 2, 3, 4, 5, 6, 7);
    shop.order(1, "2026-01-10T10:00").line(11, 1);
    shop.order(2, "2026-01-10T10:00").line(12, 1);
    shop.order(3, "2026-01-10T10:00").line(13, 1);
    shop.order(4, "2026-01-10T10:00").line(14, 1).line(99, 3);
    shop.order(5, "2026-01-10T10:00").line(15, 1);
    shop.order(6, "2026-01-10T10:00").line(11, 1).status(OrderStatus.CANCELLED);
    Segments s = load(shop, "2026-02-01T12:00");

    assertThat(s.members("products_purchased MATCHES (category = 1)")).containsExactly(1L, 2L, 5L);
    assertThat(s.members("products_purchased MATCHES (category = 2)")).containsExactly(1L, 2L);
    assertThat(s.members("products_purchased MATCHES (category = 3)")).containsExactly(1L);
    assertThat(s.members("products_purchased MATCHES (category = 4)")).containsExactly(3L);
    assertThat(s.members("products_purchased MATCHES (category IN (3, 5))")).containsExactly(1L, 3L);
    assertThat(s.members("products_purchased NOT MATCHES (category = 1)")).containsExactly(3L, 4L, 6L, 7L);
    assertThat(s.members("products_purchased MATCHES (category = 1, id NOT IN (11))")).containsExactly(2L, 5L);
    assertThat(s.members("products_purchased MATCHES (id = 99, sum_quantity = 3)")).containsExactly(4L);
    assertThat(s.members("products_purchased MATCHES (category = 42)")).isEmpty();
  }
}
