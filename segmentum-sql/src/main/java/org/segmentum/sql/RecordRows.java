package org.segmentum.sql;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentum.model.Category;
import org.segmentum.model.Checkout;
import org.segmentum.model.Event;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.query.MetafieldDefinition;

/**
 * Writes a shop's catalog (custom field definitions, categories, products and their tags) and its
 * records (orders with their lines, checkouts, events), one table at a time. A product or category
 * given twice keeps its last version. Not thread-safe.
 */
final class RecordRows {
  private final TableWriters writers;
  private final long shop;

  RecordRows(TableWriters writers, long shop) {
    this.writers = writers;
    this.shop = shop;
  }

  void writeCatalog(List<MetafieldDefinition> definitions, List<Category> categories, List<Product> products)
      throws SQLException {
    try (TableWriter rows = writers.forShop("metafield_definitions", "namespace", "field_key", "name", "value_type")) {
      Map<String, MetafieldDefinition> last = new LinkedHashMap<>();
      definitions.forEach(d -> last.put(d.namespace() + "." + d.key(), d));
      for (MetafieldDefinition d : last.values()) {
        rows.row(shop, d.namespace(), d.key(), d.name(), d.type().text());
      }
    }
    try (TableWriter rows = writers.forShop("categories", "category_id", "name", "parent_id")) {
      Map<Long, Category> last = new LinkedHashMap<>();
      categories.forEach(c -> last.put(c.id(), c));
      for (Category c : last.values()) {
        rows.row(shop, c.id(), c.name(), c.parentId());
      }
    }
    writeProducts(products);
  }

  private void writeProducts(List<Product> products) throws SQLException {
    Map<Long, Product> last = new LinkedHashMap<>();
    products.forEach(p -> last.put(p.id(), p));
    try (TableWriter rows = writers.forShop("products", "product_id", "title", "vendor", "category_id")) {
      for (Product p : last.values()) {
        rows.row(shop, p.id(), p.title(), p.vendor(), p.categoryId());
      }
    }
    try (TableWriter tags = writers.forShop("product_tags", "product_id", "tag")) {
      for (Product p : last.values()) {
        for (String tag : new LinkedHashSet<>(p.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())) {
          tags.row(shop, p.id(), tag);
        }
      }
    }
  }

  void writeOrders(List<Order> orders) throws SQLException {
    try (TableWriter rows = writers.forShop("orders", "order_id", "customer_id", "created_at", "status",
        "cancelled_at", "is_test", "total_price", "refunded_amount", "net_amount", "location_id", "app_id")) {
      for (Order o : orders) {
        rows.row(shop, o.id(), o.customerId(), o.createdAt().getEpochSecond(), o.status().name(),
            seconds(o.cancelledAt()), o.test(), CustomerFacts.money(o.totalPrice()),
            CustomerFacts.money(o.refundedAmount()), CustomerFacts.money(o.netAmount()), o.locationId(), o.appId());
      }
    }
    try (TableWriter lines = writers.forShop("line_items", "order_id", "seq", "product_id", "quantity", "price")) {
      for (Order o : orders) {
        for (int i = 0; i < o.lineItems().size(); i++) {
          LineItem line = o.lineItems().get(i);
          lines.row(shop, o.id(), i, line.productId(), line.quantity(), CustomerFacts.moneyOrNull(line.price()));
        }
      }
    }
  }

  void writeCheckoutsAndEvents(List<Checkout> checkouts, List<Event> events) throws SQLException {
    try (TableWriter rows = writers.forShop("checkouts", "checkout_id", "customer_id", "created_at", "completed_at",
        "total_price")) {
      for (Checkout c : checkouts) {
        rows.row(shop, c.id(), c.customerId(), c.createdAt().getEpochSecond(), seconds(c.completedAt()),
            CustomerFacts.moneyOrNull(c.totalPrice()));
      }
    }
    try (TableWriter rows = writers.forShop("events", "event_no", "customer_id", "event_type", "occurred_at",
        "activity_id", "product_id", "collection_id", "event_id")) {
      long number = 0;
      for (Event e : events) {
        rows.row(shop, number++, e.customerId(), e.type().wireName(), e.occurredAt().getEpochSecond(), e.activityId(),
            e.productId(), e.collectionId(), e.id());
      }
    }
  }

  private static Long seconds(Instant instant) {
    return instant == null ? null : instant.getEpochSecond();
  }
}
