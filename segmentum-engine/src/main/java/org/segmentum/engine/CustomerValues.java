package org.segmentum.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.model.EventType;

/** A customer's own value of a filter, as text for explanations ("(none)" when missing). */
final class CustomerValues {
  private static final String NONE = "(none)";

  private final Snapshot snapshot;

  CustomerValues(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  String of(String filter, int i) {
    CustomerTable c = snapshot.customers;
    return switch (filter) {
      case "amount_spent" -> Money.decimal(c.amountSpent.get(i)).stripTrailingZeros().toPlainString();
      case "number_of_orders" -> Long.toString(c.numberOfOrders.get(i));
      case "created_by_app_id" -> c.createdByApp.isPresent(i) ? Long.toString(c.createdByApp.get(i)) : NONE;
      case "first_order_date" -> instant(c.firstOrder, i);
      case "last_order_date" -> instant(c.lastOrder, i);
      case "abandoned_checkout_date" -> instant(c.abandonedCheckout, i);
      case "customer_added_date" -> instant(c.customerAdded, i);
      case "customer_tags" -> values(c.tags, i);
      case "customer_countries" -> values(c.countries, i);
      case "customer_regions" -> values(c.regions, i);
      case "customer_cities" -> values(c.cities, i);
      case "subscribed_channels" -> values(c.channels, i);
      case "companies" -> values(c.companies, i);
      case "customer_email_domain" -> values(c.emailDomain, i);
      case "customer_language" -> values(c.language, i);
      case "customer_group" -> values(c.group, i);
      case "email_subscription_status" -> values(c.emailState, i);
      case "sms_subscription_status" -> values(c.smsState, i);
      case "customer_account_status" -> values(c.accountState, i);
      case "rfm_group" -> snapshot.scores.group(i).name();
      case "predicted_spend_tier" -> snapshot.scores.tier(i).name();
      case "birth_date" -> c.birthMonthDay[i] < 0 ? NONE
          : String.format("--%02d-%02d", c.birthMonthDay[i] / 100, c.birthMonthDay[i] % 100);
      case "orders_placed", "products_purchased" -> (snapshot.orders.start[i + 1] - snapshot.orders.start[i])
          + " orders in all";
      case "customer_within_distance" -> (c.coordinateStart[i + 1] - c.coordinateStart[i]) + " addresses with coordinates";
      default -> filter.startsWith("metafields.") ? metafield(filter, i) : events(filter, i);
    };
  }

  private String events(String function, int i) {
    EventType type = FunctionEvaluator.eventType(function);
    EventTable table = snapshot.events.get(type);
    return (table.start[i + 1] - table.start[i]) + " " + type.wireName() + " events in all";
  }

  private String metafield(String filter, int i) {
    Object[] values = snapshot.customers.metafields.get(filter.substring("metafields.".length()));
    Object value = values == null ? null : values[i];
    return value == null || (value instanceof List<?> list && list.isEmpty()) ? NONE : value.toString();
  }

  private String instant(LongColumn column, int i) {
    if (!column.isPresent(i)) {
      return NONE;
    }
    return LocalDateTime.ofInstant(Instant.ofEpochSecond(column.get(i)), snapshot.zone).toString();
  }

  private static <K extends Comparable<K>> String values(ValueIndex<K> index, int i) {
    TreeSet<K> found = new TreeSet<>();
    for (Map.Entry<K, RoaringBitmap> entry : index.entries().entrySet()) {
      if (entry.getValue().contains(i)) {
        found.add(entry.getKey());
      }
    }
    return found.isEmpty() ? NONE : String.join(", ", found.stream().map(Object::toString).toList());
  }
}
