package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.model.AccountState;
import org.segmentum.model.Address;
import org.segmentum.model.Category;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.EventType;
import org.segmentum.model.LineItem;
import org.segmentum.model.MarketingState;
import org.segmentum.model.Order;
import org.segmentum.model.OrderStatus;
import org.segmentum.model.Product;
import org.segmentum.model.Shop;
import org.segmentum.model.Store;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.query.MetafieldType;

/**
 * A small store written in code for edge-case tests. Times are given as shop-local date-times
 * ({@code "2026-03-08T23:30"}); customers and orders are built with a few fluent setters and turned
 * into model records by {@link #store()}.
 */
final class TinyShop {
  final ZoneId zone;
  private final List<CustomerSpec> customers = new ArrayList<>();
  private final List<OrderSpec> orders = new ArrayList<>();
  private final List<Product> products = new ArrayList<>();
  private final List<Category> categories = new ArrayList<>();
  private final List<Checkout> checkouts = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<MetafieldDefinition> definitions = new ArrayList<>();
  private long nextId = 1000;

  TinyShop(String zone) {
    this.zone = ZoneId.of(zone);
  }

  /** The instant of a shop-local date-time (the earlier one in a DST overlap, shifted forward in a gap). */
  Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  CustomerSpec customer(long id) {
    CustomerSpec spec = new CustomerSpec(id);
    customers.add(spec);
    return spec;
  }

  /** Adds customers with default values. */
  TinyShop customers(long... ids) {
    for (long id : ids) {
      customer(id);
    }
    return this;
  }

  /** A counted (PAID) order of 10.00 at the local time, changeable through the returned spec. */
  OrderSpec order(long customerId, String localDateTime) {
    return order(customerId, at(localDateTime));
  }

  OrderSpec order(long customerId, Instant at) {
    OrderSpec spec = new OrderSpec(nextId++, customerId, at);
    orders.add(spec);
    return spec;
  }

  TinyShop product(long id, Long categoryId, String... tags) {
    products.add(new Product(id, "Product " + id, null, List.of(tags), categoryId));
    return this;
  }

  TinyShop category(long id, Long parentId) {
    categories.add(new Category(id, "Category " + id, parentId));
    return this;
  }

  TinyShop checkout(long customerId, String localDateTime, boolean completed) {
    Instant at = at(localDateTime);
    checkouts.add(new Checkout(nextId++, customerId, at, completed ? at.plusSeconds(60) : null, BigDecimal.TEN));
    return this;
  }

  /** An event; {@code key} is the activity id of email events, the product or collection id of views. */
  TinyShop event(EventType type, long customerId, String localDateTime, Long key) {
    Long product = type == EventType.STOREFRONT_PRODUCT_VIEWED ? key : null;
    Long collection = type == EventType.STOREFRONT_COLLECTION_VIEWED ? key : null;
    Long activity = type.isEmail() ? key : null;
    events.add(new Event(type, customerId, at(localDateTime), activity, product, collection, null));
    return this;
  }

  TinyShop definition(String namespace, String key, MetafieldType type) {
    definitions.add(new MetafieldDefinition(namespace, key, namespace + " " + key, type));
    return this;
  }

  Store store() {
    return Store.of(new Shop(1, "Tiny", zone, "USD"), definitions, categories, products,
        customers.stream().map(CustomerSpec::build).toList(), orders.stream().map(OrderSpec::build).toList(),
        checkouts, events);
  }

  /** A customer under construction; everything optional is absent unless set. */
  final class CustomerSpec {
    private final long id;
    private Instant createdAt = Instant.parse("2025-01-01T12:00:00Z");
    private String email;
    private String language;
    private String group;
    private Long createdByAppId;
    private LocalDate birthDate;
    private List<String> tags = List.of();
    private final List<Address> addresses = new ArrayList<>();
    private final Map<String, Object> metafields = new LinkedHashMap<>();

    private CustomerSpec(long id) {
      this.id = id;
    }

    CustomerSpec createdAt(String localDateTime) {
      createdAt = at(localDateTime);
      return this;
    }

    CustomerSpec email(String value) {
      email = value;
      return this;
    }

    CustomerSpec language(String value) {
      language = value;
      return this;
    }

    CustomerSpec group(String value) {
      group = value;
      return this;
    }

    CustomerSpec createdByApp(long appId) {
      createdByAppId = appId;
      return this;
    }

    CustomerSpec birthDate(String date) {
      birthDate = LocalDate.parse(date);
      return this;
    }

    CustomerSpec tags(String... values) {
      tags = List.of(values);
      return this;
    }

    CustomerSpec address(String country, String province, String city) {
      addresses.add(new Address(country, province, city, null, null, null, null, null, null, null, false));
      return this;
    }

    CustomerSpec addressAt(double latitude, double longitude) {
      addresses.add(new Address("FR", null, "Paris", null, null, null, null, null, latitude, longitude, false));
      return this;
    }

    /** A custom field value keyed {@code "namespace.key"}. */
    CustomerSpec metafield(String key, Object value) {
      metafields.put(key, value);
      return this;
    }

    private Customer build() {
      return new Customer(id, email, null, null, null, createdAt, createdAt, AccountState.ENABLED,
          MarketingState.NOT_SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(), language, tags, null, false, group,
          List.of(), createdByAppId, birthDate, addresses, metafields);
    }
  }

  /** An order under construction: PAID, 10.00, no refund, no lines unless set. */
  static final class OrderSpec {
    private final long id;
    private final long customerId;
    private final Instant createdAt;
    private OrderStatus status = OrderStatus.PAID;
    private Instant cancelledAt;
    private boolean test;
    private BigDecimal total = new BigDecimal("10.00");
    private BigDecimal refunded = BigDecimal.ZERO;
    private Long locationId;
    private Long appId;
    private final List<LineItem> lines = new ArrayList<>();

    private OrderSpec(long id, long customerId, Instant createdAt) {
      this.id = id;
      this.customerId = customerId;
      this.createdAt = createdAt;
    }

    OrderSpec total(String amount) {
      total = new BigDecimal(amount);
      return this;
    }

    OrderSpec refunded(String amount) {
      refunded = new BigDecimal(amount);
      return this;
    }

    OrderSpec status(OrderStatus value) {
      status = value;
      return this;
    }

    /** Cancelled by time, whatever the status says. */
    OrderSpec cancelledLater() {
      cancelledAt = createdAt.plusSeconds(3600);
      return this;
    }

    OrderSpec test() {
      test = true;
      return this;
    }

    OrderSpec location(long value) {
      locationId = value;
      return this;
    }

    OrderSpec app(long value) {
      appId = value;
      return this;
    }

    OrderSpec line(long productId, long quantity) {
      lines.add(new LineItem(productId, quantity, BigDecimal.ONE));
      return this;
    }

    private Order build() {
      return new Order(id, customerId, createdAt, status, cancelledAt, test, total, refunded, locationId, appId, lines);
    }
  }
}
