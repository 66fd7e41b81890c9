package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/** Seeded random changes to a live shop and clock moves, shaped like {@link RandomShop}'s data. */
final class RandomChanges {
  private final SplittableRandom random;
  private long nextId = 1_000_000;

  RandomChanges(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A change to apply at {@code at} (null means: only move the clock). */
  Change next(LiveShop shop, MutableStore store, Instant at) {
    List<Long> customers = List.copyOf(store.customers.keySet());
    if (customers.isEmpty() || random.nextInt(20) == 0) {
      return new Change.CustomerUpsert(customer(nextId++, at, List.of("vip")));
    }
    long customer = customers.get(random.nextInt(customers.size()));
    Customer current = store.customers.get(customer).customer;
    return switch (random.nextInt(12)) {
      case 0 -> new Change.CustomerUpsert(withTags(current, random.nextBoolean() ? List.of("VIP") : List.of("sale")));
      case 1 -> random.nextInt(5) == 0 ? new Change.CustomerDeletion(customer)
          : new Change.CustomerUpsert(withMarketing(current));
      case 2, 3, 4 -> new Change.OrderUpsert(order(nextId++, customer, at));
      case 5 -> changedOrder(store, customer, at);
      case 6 -> new Change.CheckoutUpsert(new Checkout(nextId++, customer, at, random.nextBoolean() ? null : at,
          BigDecimal.TEN));
      case 7, 8 -> {
        EventType type = EventType.values()[random.nextInt(EventType.values().length)];
        Long key = (long) (1 + random.nextInt(4));
        yield new Change.EventAdded(new Event(type, customer, at, type.isEmail() ? key : null,
            type == EventType.STOREFRONT_PRODUCT_VIEWED ? key : null,
            type == EventType.STOREFRONT_COLLECTION_VIEWED ? key : null, random.nextInt(4) == 0 ? "e1" : null));
      }
      case 9 -> new Change.ProductUpsert(new Product(1 + random.nextInt(8), "P", "V",
          List.of(RandomShop.TAGS[random.nextInt(RandomShop.TAGS.length)]), (long) (1 + random.nextInt(5))));
      case 10 -> new Change.CategoryUpsert(new Category(3, "Boots", random.nextBoolean() ? 2L : 4L));
      default -> null;
    };
  }

  /** How far the clock moves before the next change. */
  Duration step() {
    return switch (random.nextInt(4)) {
      case 0 -> Duration.ofDays(random.nextInt(3));
      case 1 -> Duration.ofHours(random.nextInt(30));
      default -> Duration.ofSeconds(random.nextInt(3600));
    };
  }

  private Change changedOrder(MutableStore store, long customer, Instant at) {
    List<Order> orders = store.customers.get(customer).orders;
    if (orders.isEmpty()) {
      return new Change.OrderUpsert(order(nextId++, customer, at));
    }
    Order o = orders.get(random.nextInt(orders.size()));
    return new Change.OrderUpsert(switch (random.nextInt(3)) {
      case 0 -> new Order(o.id(), o.customerId(), o.createdAt(), OrderStatus.CANCELLED, at, o.test(), o.totalPrice(),
          o.refundedAmount(), o.locationId(), o.appId(), o.lineItems());
      case 1 -> new Order(o.id(), o.customerId(), o.createdAt(), OrderStatus.REFUNDED, o.cancelledAt(), o.test(),
          o.totalPrice(), o.totalPrice(), o.locationId(), o.appId(), o.lineItems());
      default -> new Order(o.id(), o.customerId(), o.createdAt(), o.status(), o.cancelledAt(), !o.test(),
          o.totalPrice(), o.refundedAmount(), o.locationId(), o.appId(), o.lineItems());
    });
  }

  private Order order(long id, long customer, Instant at) {
    List<LineItem> lines = new ArrayList<>();
    for (int k = 1 + random.nextInt(2); k > 0; k--) {
      lines.add(new LineItem(1 + random.nextInt(8), 1 + random.nextInt(3), BigDecimal.ONE));
    }
    Instant created = random.nextInt(4) == 0 ? at.minus(Duration.ofDays(random.nextInt(90))) : at;
    return new Order(id, customer, created, OrderStatus.PAID, null, false, BigDecimal.valueOf(random.nextInt(8) * 2500, 2),
        BigDecimal.ZERO, null, null, lines);
  }

  private Customer customer(long id, Instant at, List<String> tags) {
    return new Customer(id, "n" + id + "@example.com", null, "N", "C", at, at, AccountState.ENABLED,
        MarketingState.SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(), "en", tags, null, false, null, List.of(),
        null, random.nextBoolean() ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).minusYears(30) : null,
        List.of(new Address("US", "NY", "New York City", null, null, null, null, null, 42.5, 23.5, true)),
        java.util.Map.of());
  }

  private static Customer withTags(Customer c, List<String> tags) {
    return new Customer(c.id(), c.email(), c.phone(), c.firstName(), c.lastName(), c.createdAt(), c.updatedAt(),
        c.state(), c.emailMarketing(), c.smsMarketing(), c.channels(), c.language(), tags, c.note(), c.taxExempt(),
        c.group(), c.companyIds(), c.createdByAppId(), c.birthDate(), c.addresses(), c.metafields());
  }

  private Customer withMarketing(Customer c) {
    MarketingState state = MarketingState.values()[random.nextInt(MarketingState.values().length)];
    return new Customer(c.id(), c.email(), c.phone(), c.firstName(), c.lastName(), c.createdAt(), c.updatedAt(),
        c.state(), state, c.smsMarketing(), c.channels(), c.language(), c.tags(), c.note(), c.taxExempt(),
        c.group(), c.companyIds(), c.createdByAppId(), c.birthDate(), c.addresses(), c.metafields());
  }
}
