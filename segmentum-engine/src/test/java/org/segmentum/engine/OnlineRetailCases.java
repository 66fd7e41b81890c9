package org.segmentum.engine;

import static org.segmentum.engine.OnlineRetailGoldenTest.TODAY;
import static org.segmentum.engine.OnlineRetailGoldenTest.end;
import static org.segmentum.engine.OnlineRetailGoldenTest.instant;
import static org.segmentum.engine.OnlineRetailGoldenTest.start;

import java.util.List;
import java.util.stream.Stream;

/**
 * Queries over the Online Retail shop with the SQL, written by hand, that gives their members. Money
 * is compared in integer cents; date bounds are London day starts passed as parameters; SQL's NULL
 * logic is made two-valued explicitly where a NOT meets a missing value. "Today" is 2011-12-10.
 */
final class OnlineRetailCases {
  /** Customers with a counted order having a line that satisfies the condition (on o and li). */
  private static final String BOUGHT = "SELECT DISTINCT o.customer_id FROM counted_orders o "
      + "JOIN line_items li ON li.order_id = o.id WHERE ";
  /** Effective status of an order: an order with a cancellation time is CANCELLED. */
  private static final String STATUS = "(CASE WHEN o.cancelled_at IS NOT NULL THEN 'CANCELLED' ELSE o.status END)";

  private OnlineRetailCases() {
  }

  /** A query, the SQL returning its member ids, and the SQL's parameters. */
  record Case(String query, String sql, List<Object> args) {
    @Override
    public String toString() {
      return query;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(spend(), orderDates(), countries(), purchases(), orders(), scores(), combinations())
        .flatMap(s -> s);
  }

  private static Stream<Case> spend() {
    return Stream.of(
        c("amount_spent >= 1000", "SELECT id FROM customer_facts WHERE spent_cents >= 100000"),
        c("amount_spent < 100", "SELECT id FROM customer_facts WHERE spent_cents < 10000"),
        c("amount_spent BETWEEN 500 AND 750.50", "SELECT id FROM customer_facts WHERE spent_cents BETWEEN 50000 AND 75050"),
        c("amount_spent > 250.255", "SELECT id FROM customer_facts WHERE spent_cents * 10 > 250255"),
        c("amount_spent <= 0", "SELECT id FROM customer_facts WHERE spent_cents <= 0"),
        c("number_of_orders = 1", "SELECT id FROM customer_facts WHERE orders = 1"),
        c("number_of_orders >= 10", "SELECT id FROM customer_facts WHERE orders >= 10"),
        c("number_of_orders = 0", "SELECT id FROM customer_facts WHERE orders = 0"));
  }

  private static Stream<Case> orderDates() {
    return Stream.of(
        c("last_order_date < -90d", "SELECT id FROM customer_facts WHERE last_at < ?", start(TODAY.minusDays(90))),
        c("first_order_date >= 2011-06-01", "SELECT id FROM customer_facts WHERE first_at >= ?", start("2011-06-01")),
        c("last_order_date BETWEEN 2011-11-01 AND 2011-11-30",
            "SELECT id FROM customer_facts WHERE last_at >= ? AND last_at < ?", start("2011-11-01"), end("2011-11-30")),
        c("last_order_date = yesterday",
            "SELECT id FROM customer_facts WHERE last_at >= ? AND last_at < ?", start("2011-12-09"), end("2011-12-09")),
        c("last_order_date != 2011-12-09",
            "SELECT id FROM customer_facts WHERE last_at IS NOT NULL AND (last_at < ? OR last_at >= ?)",
            start("2011-12-09"), end("2011-12-09")),
        c("last_order_date > 2011-12-08", "SELECT id FROM customer_facts WHERE last_at >= ?", end("2011-12-08")),
        c("last_order_date <= 2010-12-31", "SELECT id FROM customer_facts WHERE last_at < ?", end("2010-12-31")),
        c("last_order_date IS NULL", "SELECT id FROM customer_facts WHERE last_at IS NULL"),
        c("first_order_date IS NOT NULL AND first_order_date < -12m",
            "SELECT id FROM customer_facts WHERE first_at < ?", start(TODAY.minusMonths(12))),
        c("last_order_date >= 2011-12-09T12:00:00",
            "SELECT id FROM customer_facts WHERE last_at >= ?", instant("2011-12-09T12:00:00")),
        c("number_of_orders >= 2 AND last_order_date < -6m",
            "SELECT id FROM customer_facts WHERE orders >= 2 AND last_at < ?", start(TODAY.minusMonths(6))),
        c("customer_added_date < 2011-01-01", "SELECT id FROM customers WHERE created_at < ?", start("2011-01-01")));
  }

  private static Stream<Case> countries() {
    String having = "SELECT id FROM customers c WHERE EXISTS (SELECT 1 FROM addresses a "
        + "WHERE a.customer_id = c.id AND a.country_code ";
    return Stream.of(
        c("customer_countries CONTAINS 'DE'", having + "= 'DE')"),
        c("customer_countries CONTAINS 'FR' OR customer_countries CONTAINS 'DE'", having + "IN ('FR', 'DE'))"),
        c("customer_countries NOT CONTAINS 'GB'", "SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 "
            + "FROM addresses a WHERE a.customer_id = c.id AND a.country_code = 'GB')"),
        c("customer_countries IS NULL", "SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 "
            + "FROM addresses a WHERE a.customer_id = c.id AND a.country_code IS NOT NULL)"));
  }

  private static Stream<Case> purchases() {
    String lines = "SELECT o.customer_id, %s AS value FROM counted_orders o JOIN line_items li ON li.order_id = o.id "
        + "WHERE %s GROUP BY o.customer_id";
    String units = "SUM(li.quantity)";
    String orders = "COUNT(DISTINCT o.id)";
    return Stream.of(
        c("products_purchased MATCHES (id = 1349)", BOUGHT + "li.product_id = 1349"),
        c("products_purchased MATCHES (id IN (3537, 2734), date >= 2011-09-01)",
            BOUGHT + "li.product_id IN (3537, 2734) AND o.created_at >= ?", start("2011-09-01")),
        c("products_purchased MATCHES (id = 3306, quantity >= 24)", BOUGHT + "li.product_id = 3306 AND li.quantity >= 24"),
        c("products_purchased MATCHES (id = 1349, sum_quantity >= 100)",
            aggregate(lines.formatted(units, "li.product_id = 1349"), ">= 100")),
        c("products_purchased MATCHES (id NOT IN (1349, 3537), sum_quantity < 50)",
            aggregate(lines.formatted(units, "li.product_id NOT IN (1349, 3537)"), "< 50")),
        c("products_purchased MATCHES (id = 1349, count >= 3)",
            aggregate(lines.formatted(orders, "li.product_id = 1349"), ">= 3")),
        c("products_purchased NOT MATCHES (id = 1349)", "SELECT id FROM customers WHERE id NOT IN ("
            + BOUGHT + "li.product_id = 1349)"),
        c("products_purchased MATCHES (date BETWEEN 2011-12-01 AND 2011-12-09, count >= 2)",
            aggregate(lines.formatted(orders, "o.created_at >= ? AND o.created_at < ?"), ">= 2"),
            start("2011-12-01"), end("2011-12-09")),
        c("products_purchased MATCHES (date = 2011-03-27)",
            BOUGHT + "o.created_at >= ? AND o.created_at < ?", start("2011-03-27"), end("2011-03-27")),
        c("products_purchased(id: 3537, date: (2011-01-01, 2011-03-31)) = true",
            BOUGHT + "li.product_id = 3537 AND o.created_at >= ? AND o.created_at < ?",
            start("2011-01-01"), end("2011-03-31")),
        c("products_purchased(id: 3537, count_at_least: 2) = false",
            aggregate(lines.formatted(orders, "li.product_id = 3537"), "< 2")));
  }

  private static Stream<Case> orders() {
    String counted = "SELECT customer_id, %s AS value FROM counted_orders o %s GROUP BY customer_id";
    String amount = "SUM(o.total_cents - o.refunded_cents)";
    String withStatus = "SELECT DISTINCT o.customer_id FROM orders o WHERE o.test = 0 AND " + STATUS;
    return Stream.of(
        c("orders_placed MATCHES (date >= -30d)", "SELECT DISTINCT customer_id FROM counted_orders WHERE created_at >= ?",
            start(TODAY.minusDays(30))),
        c("orders_placed MATCHES (date = 2011-10-30)", "SELECT DISTINCT customer_id FROM counted_orders "
            + "WHERE created_at >= ? AND created_at < ?", start("2011-10-30"), end("2011-10-30")),
        c("orders_placed MATCHES (amount >= 500)",
            "SELECT DISTINCT customer_id FROM counted_orders WHERE total_cents - refunded_cents >= 50000"),
        c("orders_placed MATCHES (sum_amount >= 2000, date BETWEEN 2011-01-01 AND 2011-06-30)",
            aggregate(counted.formatted(amount, "WHERE o.created_at >= ? AND o.created_at < ?"), ">= 200000"),
            start("2011-01-01"), end("2011-06-30")),
        c("orders_placed MATCHES (count >= 5, date >= 2011-09-01)",
            aggregate(counted.formatted("COUNT(*)", "WHERE o.created_at >= ?"), ">= 5"), start("2011-09-01")),
        c("orders_placed(count_at_least: 5, date: 2011-06-01) = true",
            aggregate(counted.formatted("COUNT(*)", "WHERE o.created_at >= ?"), ">= 5"), start("2011-06-01")),
        c("orders_placed MATCHES (count = 0)", aggregate(counted.formatted("COUNT(*)", ""), "= 0")),
        c("orders_placed MATCHES (sum_amount < 100)", aggregate(counted.formatted(amount, ""), "< 10000")),
        c("orders_placed MATCHES (status = 'CANCELLED')", withStatus + " = 'CANCELLED'"),
        c("orders_placed MATCHES (status = 'CANCELLED', count >= 3)", aggregate("SELECT o.customer_id, COUNT(*) AS value "
            + "FROM orders o WHERE o.test = 0 AND " + STATUS + " = 'CANCELLED' GROUP BY o.customer_id", ">= 3")),
        c("orders_placed MATCHES (status IN ('PAID', 'CANCELLED'), date >= -7d)",
            withStatus + " IN ('PAID', 'CANCELLED') AND o.created_at >= ?", start(TODAY.minusDays(7))),
        c("orders_placed MATCHES (status != 'CANCELLED', amount < 10)",
            withStatus + " <> 'CANCELLED' AND o.total_cents - o.refunded_cents < 1000"),
        c("orders_placed NOT MATCHES (status = 'CANCELLED')", "SELECT id FROM customers WHERE id NOT IN ("
            + withStatus + " = 'CANCELLED')"));
  }

  private static Stream<Case> scores() {
    Stream<Case> groups = OnlineRetailGoldenTest.allRfmGroups().map(g -> c("rfm_group = '" + g + "'",
        "SELECT customer_id FROM scores WHERE rfm_group = ?", g));
    Stream<Case> tiers = Stream.of("HIGH", "MEDIUM", "LOW").map(t -> c("predicted_spend_tier = '" + t + "'",
        "SELECT customer_id FROM scores WHERE spend_tier = ?", t));
    return Stream.concat(groups, tiers);
  }

  private static Stream<Case> combinations() {
    String gb = "EXISTS (SELECT 1 FROM addresses a WHERE a.customer_id = f.id AND a.country_code = 'GB')";
    return Stream.of(
        c("customer_countries CONTAINS 'GB' AND amount_spent > 2000 AND NOT last_order_date >= -60d",
            "SELECT f.id FROM customer_facts f WHERE " + gb + " AND f.spent_cents > 200000 "
                + "AND (f.last_at IS NULL OR f.last_at < ?)", start(TODAY.minusDays(60))),
        c("(rfm_group = 'CHAMPIONS' OR predicted_spend_tier = 'HIGH') AND NOT customer_countries CONTAINS 'GB'",
            "SELECT f.id FROM customer_facts f JOIN scores s ON s.customer_id = f.id "
                + "WHERE (s.rfm_group = 'CHAMPIONS' OR s.spend_tier = 'HIGH') AND NOT " + gb),
        c("orders_placed MATCHES (status = 'CANCELLED') AND NOT products_purchased MATCHES (id = 1349) "
                + "AND number_of_orders >= 2",
            "SELECT f.id FROM customer_facts f WHERE f.orders >= 2 AND f.id IN (SELECT o.customer_id FROM orders o "
                + "WHERE o.test = 0 AND " + STATUS + " = 'CANCELLED') AND f.id NOT IN (" + BOUGHT
                + "li.product_id = 1349)"),
        c("NOT (amount_spent >= 100 OR last_order_date >= -180d)",
            "SELECT id FROM customer_facts WHERE spent_cents < 10000 AND (last_at IS NULL OR last_at < ?)",
            start(TODAY.minusDays(180))),
        c("rfm_group != 'PROSPECTS' AND predicted_spend_tier = 'LOW'",
            "SELECT customer_id FROM scores WHERE rfm_group <> 'PROSPECTS' AND spend_tier = 'LOW'"),
        c("NOT last_order_date != 2011-12-09",
            "SELECT id FROM customer_facts WHERE last_at IS NULL OR (last_at >= ? AND last_at < ?)",
            start("2011-12-09"), end("2011-12-09")));
  }

  /**
   * Customers whose per-customer aggregate (rows of {@code customer_id, value}) satisfies the condition,
   * the aggregate of a customer without rows being 0.
   */
  private static String aggregate(String perCustomer, String condition) {
    return "SELECT c.id FROM customers c LEFT JOIN (" + perCustomer + ") t ON t.customer_id = c.id "
        + "WHERE COALESCE(t.value, 0) " + condition;
  }

  private static Case c(String query, String sql, Object... args) {
    return new Case(query, sql, List.of(args));
  }
}
