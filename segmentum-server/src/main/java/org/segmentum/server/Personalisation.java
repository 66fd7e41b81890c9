package org.segmentum.server;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.segmentum.engine.CustomerFacts;
import org.segmentum.model.Customer;

/**
 * The values a message template can use for one customer: customer fields, derived facts from the engine,
 * and the shop. Dates are the shop-local day ({@code 2026-03-08}); money is decimal text with two places in
 * the shop's currency ({@code 170.00}); a missing value is absent (the template's default applies).
 */
final class Personalisation {
  /** Every field a template may name. */
  static final Set<String> FIELDS = Set.of("first_name", "last_name", "full_name", "email", "phone", "customer_id",
      "amount_spent", "number_of_orders", "first_order_date", "last_order_date", "days_since_last_order",
      "shop_name", "currency");

  private Personalisation() {
  }

  /** The values for a customer as of {@code today} in the shop's zone. */
  static Map<String, String> of(ShopRuntime shop, Customer customer, Optional<CustomerFacts> facts) {
    Map<String, String> values = forShop(shop);
    put(values, "first_name", customer.firstName());
    put(values, "last_name", customer.lastName());
    String full = ((customer.firstName() == null ? "" : customer.firstName()) + " "
        + (customer.lastName() == null ? "" : customer.lastName())).strip();
    put(values, "full_name", full);
    put(values, "email", customer.email());
    put(values, "phone", customer.phone());
    values.put("customer_id", Long.toString(customer.id()));
    ZoneId zone = shop.shop().timezone();
    facts.ifPresent(known -> {
      values.put("amount_spent", money(known.amountSpent()));
      values.put("number_of_orders", Long.toString(known.numberOfOrders()));
      known.firstOrderAt().ifPresent(at -> values.put("first_order_date", LocalDate.ofInstant(at, zone).toString()));
      known.lastOrderAt().ifPresent(at -> {
        LocalDate day = LocalDate.ofInstant(at, zone);
        values.put("last_order_date", day.toString());
        LocalDate today = LocalDate.ofInstant(shop.now(), zone);
        values.put("days_since_last_order", Long.toString(Math.max(0, ChronoUnit.DAYS.between(day, today))));
      });
    });
    return values;
  }

  /** The values that do not depend on a customer (a test send without one). */
  static Map<String, String> forShop(ShopRuntime shop) {
    Map<String, String> values = new HashMap<>();
    values.put("shop_name", shop.shop().name());
    values.put("currency", shop.shop().currency());
    return values;
  }

  private static String money(BigDecimal amount) {
    return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : amount.toPlainString();
  }

  private static void put(Map<String, String> values, String field, String value) {
    if (value != null && !value.isBlank()) {
      values.put(field, value);
    }
  }
}
