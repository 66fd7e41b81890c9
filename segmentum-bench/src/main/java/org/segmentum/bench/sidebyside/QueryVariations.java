package org.segmentum.bench.sidebyside;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * QB of PERFORMANCE.md: a realistic shop's 1,000 segments, drawn from the shapes of Q1–Q8 with random
 * constants (seeded, so every run and every system gets the same list).
 */
public final class QueryVariations {
  private static final String[] TAGS = {"newsletter", "returning", "vip", "wholesale", "b2b", "student", "gift",
      "loyalty", "referral", "collector"};
  private static final String[] PRODUCT_TAGS = {"shoes", "summer", "sale", "new", "kids", "accessories", "winter"};
  private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "BG", "CA", "AU", "JP"};
  private static final String[] STATES = {"SUBSCRIBED", "NOT_SUBSCRIBED", "UNSUBSCRIBED"};

  private QueryVariations() {
  }

  public static List<String> of(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      queries.add(switch (i % 8) {
        case 0 -> "amount_spent > " + (50 + random.nextInt(400)) + " AND last_order_date < -" + (30 + random.nextInt(300))
            + "d AND customer_tags CONTAINS '" + pick(random, TAGS) + "' AND products_purchased MATCHES (tag = '"
            + pick(random, PRODUCT_TAGS) + "')";
        case 1 -> "number_of_orders >= " + (1 + random.nextInt(10)) + " AND first_order_date > -" + (30 + random.nextInt(700)) + "d";
        case 2 -> "customer_tags CONTAINS '" + pick(random, TAGS) + "' OR amount_spent >= " + (200 + random.nextInt(3000));
        case 3 -> "last_order_date < -" + (30 + random.nextInt(700)) + "d AND NOT email_subscription_status = '"
            + pick(random, STATES) + "'";
        case 4 -> "products_purchased MATCHES (id = " + (1 + random.nextInt(200)) + ", date >= -" + (7 + random.nextInt(120)) + "d)";
        case 5 -> "customer_countries CONTAINS '" + pick(random, COUNTRIES) + "' AND amount_spent BETWEEN "
            + random.nextInt(100) + " AND " + (100 + random.nextInt(1000));
        case 6 -> "customer_tags CONTAINS '" + pick(random, TAGS) + "'";
        default -> "(amount_spent > " + random.nextInt(500) + " OR customer_tags CONTAINS '" + pick(random, TAGS)
            + "') AND NOT email_subscription_status = 'UNSUBSCRIBED' AND (number_of_orders >= " + (1 + random.nextInt(5))
            + " OR first_order_date > -" + (30 + random.nextInt(300)) + "d) AND customer_countries CONTAINS '"
            + pick(random, COUNTRIES) + "'";
      });
    }
    return queries;
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
