package org.segmentum.bench;

/** Query texts of a given length for the validation benchmark. */
final class QueryTexts {
  private static final String[] CLAUSES = {
      "amount_spent > 100", "last_order_date < -60d", "customer_tags CONTAINS 'vip'",
      "products_purchased MATCHES (tag = 'shoes', date BETWEEN -12m AND today, count >= 2)",
      "email_subscription_status = 'SUBSCRIBED'", "customer_countries CONTAINS 'GB'",
      "NOT (number_of_orders >= 3 OR first_order_date > 2024-01-31)",
      "orders_placed(date: (2024-01-01, 2024-03-31), count_at_least: 2) = true"};

  private QueryTexts() {
  }

  static String ofLength(String kind, int length) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (true) {
      String clause = switch (kind) {
        case "valid" -> CLAUSES[i % CLAUSES.length];
        case "invalid" -> i % 3 == 0 ? "amout_spent > 'x'" : CLAUSES[i % CLAUSES.length];
        case "garbage" -> "?( ,'\\q 2020-02-30 ))";
        default -> throw new IllegalArgumentException(kind);
      };
      String joiner = text.isEmpty() ? "" : (i % 2 == 0 ? " AND " : " OR ");
      if (text.length() + joiner.length() + clause.length() > length) {
        break;
      }
      text.append(joiner).append(clause);
      i++;
    }
    while (text.length() < length) {
      text.append(' ');
    }
    return text.toString();
  }
}
