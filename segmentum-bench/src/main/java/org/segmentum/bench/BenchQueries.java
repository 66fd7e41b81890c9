package org.segmentum.bench;

import java.util.Map;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/** The benchmark queries Q1–Q8 of PERFORMANCE.md §2, with constants that exist in generated stores. */
public final class BenchQueries {
  public static final Map<String, String> QUERIES = Map.of(
      "Q1", "amount_spent > 100 AND last_order_date < -60d AND customer_tags CONTAINS 'vip' "
          + "AND products_purchased MATCHES (tag = 'shoes')",
      "Q2", "number_of_orders >= 3 AND first_order_date > -365d",
      "Q3", "customer_tags CONTAINS 'vip' OR amount_spent >= 1000",
      "Q4", "last_order_date < -180d AND NOT email_subscription_status = 'SUBSCRIBED'",
      // Product 1 is the most popular product of a generated store (Zipf rank 1).
      "Q5", "products_purchased MATCHES (id = 1, date >= -30d)",
      "Q6", "customer_countries CONTAINS 'GB' AND amount_spent BETWEEN 50 AND 500",
      // 'collector' is held by about 0.01 % of generated customers.
      "Q7", "customer_tags CONTAINS 'collector'",
      "Q8", "(amount_spent > 100 OR customer_tags CONTAINS 'vip') "
          + "AND NOT (email_subscription_status = 'UNSUBSCRIBED' OR sms_subscription_status = 'UNSUBSCRIBED') "
          + "AND (number_of_orders >= 2 AND last_order_date >= -365d OR first_order_date > -90d) "
          + "AND (customer_countries CONTAINS 'US' OR customer_countries CONTAINS 'GB' "
          + "OR customer_countries CONTAINS 'DE') "
          + "AND NOT customer_tags CONTAINS 'staff' "
          + "AND (products_purchased MATCHES (tag = 'shoes') OR orders_placed MATCHES (sum_amount > 500)) "
          + "AND customer_account_status = 'ENABLED' AND (customer_language = 'en' OR customer_language = 'de') "
          + "AND amount_spent BETWEEN 10 AND 10000 "
          + "AND (abandoned_checkout_date IS NULL OR abandoned_checkout_date < -7d) AND number_of_orders < 200");

  private BenchQueries() {
  }

  public static CheckedQuery checked(String id) {
    String text = QUERIES.get(id);
    if (text == null) {
      throw new IllegalArgumentException("no benchmark query " + id);
    }
    return switch (Query.check(text)) {
      case Validation.Valid valid -> valid.query();
      case Validation.Invalid invalid -> throw new IllegalStateException(id + " is invalid: " + invalid.diagnostics());
    };
  }
}
