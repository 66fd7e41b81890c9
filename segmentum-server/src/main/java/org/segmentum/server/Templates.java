package org.segmentum.server;

import java.util.List;
import java.util.Objects;

/** The gallery of ready segment queries (SERVICE.md §1), grouped by category. */
final class Templates {
  /** A ready query with its title, description and category. */
  record Template(String id, String category, String title, String description, String query) {
    Template {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(query, "query");
    }
  }

  static final List<Template> ALL = List.of(
      new Template("first-time-buyers", "first-time buyers", "First-time buyers",
          "Customers who have placed exactly one order.", "number_of_orders = 1"),
      new Template("new-customers", "first-time buyers", "New customers this week",
          "Customers who signed up in the last 7 days.", "customer_added_date >= -7d"),
      new Template("vip", "high value", "VIP customers", "Your best customers by recency, frequency and spend.",
          "rfm_group = 'CHAMPIONS'"),
      new Template("big-spenders", "high value", "Big spenders", "Customers who spent more than 500 in total.",
          "amount_spent > 500"),
      new Template("predicted-high", "high value", "Predicted high spenders",
          "Customers expected to spend the most.", "predicted_spend_tier = 'HIGH'"),
      new Template("win-back", "re-engage", "Win back", "Buyers who have not ordered for 60 days.",
          "last_order_date < -60d AND number_of_orders >= 1"),
      new Template("at-risk", "re-engage", "At risk", "Good customers who are slipping away.",
          "rfm_group = 'AT_RISK' OR rfm_group = 'ALMOST_LOST'"),
      new Template("lapsed-spenders", "re-engage", "Lapsed spenders",
          "Bought more than 60 days ago and spent more than 100.", "last_order_date < -60d AND amount_spent > 100"),
      new Template("abandoned-week", "abandoned checkout", "Abandoned a checkout this week",
          "Customers with a checkout left unfinished in the last 7 days.", "abandoned_checkout_date >= -7d"),
      new Template("abandoned-subscribers", "abandoned checkout", "Subscribers who abandoned a checkout",
          "Reachable by email and left a checkout in the last 30 days.",
          "abandoned_checkout_date >= -30d AND email_subscription_status = 'SUBSCRIBED'"),
      new Template("repeat-buyers", "purchase behaviour", "Repeat buyers this year",
          "Customers with at least two orders in the last 365 days.",
          "orders_placed MATCHES (date >= -365d, count >= 2)"),
      new Template("no-purchase", "purchase behaviour", "Signed up but never bought",
          "Customers without an order.", "number_of_orders = 0"),
      new Template("subscribers-gb", "location", "Subscribers in the United Kingdom",
          "Email subscribers with an address in the UK.",
          "customer_countries CONTAINS 'GB' AND email_subscription_status = 'SUBSCRIBED'"),
      new Template("birthday-week", "birthdays", "Birthday this week",
          "Customers whose birthday falls in the next 7 days.", "anniversary('birth_date') BETWEEN today AND +7d"),
      new Template("birthday-today", "birthdays", "Birthday today", "Customers whose birthday is today.",
          "anniversary('birth_date') = today"));

  private Templates() {
  }
}
