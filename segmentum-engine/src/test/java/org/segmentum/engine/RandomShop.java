package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.segmentum.model.AccountState;
import org.segmentum.model.Address;
import org.segmentum.model.Category;
import org.segmentum.model.Channel;
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
 * Small seeded random shops made to hit edge cases: few distinct values (so that equality and ties
 * happen), instants close to local midnights and to "now", missing values, cancelled, test and
 * refunded orders, mixed-case tags, a category tree, 29 February birthdays, every event type.
 */
final class RandomShop {
  static final String[] ZONES = {"America/New_York", "Asia/Tokyo", "Europe/Sofia", "Pacific/Auckland", "UTC"};
  static final String[] TAGS = {"vip", "VIP", "Wholesale", "new", "shoes", "Shoes", "sale"};
  static final String[] COUNTRIES = {"US", "GB", "BG", "JP"};
  static final String[] PROVINCES = {"NY", "CA", "ENG", "SOF", null};
  static final String[] CITIES = {"New York City", "Saint-Denis", "Sofia", "東京", null};
  static final String[] DOMAINS = {"example.com", "Mail.BG", "shop.co.uk"};
  static final String[] LANGUAGES = {"en", "fr-CA", "bg"};
  static final String[] GROUPS = {"Wholesale", "Retail"};

  final Instant now;
  final Store store;
  private final SplittableRandom random;

  RandomShop(long seed) {
    this.random = new SplittableRandom(seed);
    ZoneId zone = ZoneId.of(pick(ZONES));
    this.now = Instant.parse("2026-03-15T12:00:00Z").plusSeconds(random.nextLong(-400L * 86400, 400L * 86400));
    this.store = build(zone);
  }

  private Store build(ZoneId zone) {
    Shop shop = new Shop(1, "Random", zone, "EUR");
    List<Category> categories = List.of(new Category(1, "All", null), new Category(2, "Shoes", 1L),
        new Category(3, "Boots", 2L), new Category(4, "Hats", 1L), new Category(5, "Other", null));
    List<Product> products = new ArrayList<>();
    for (long id = 1; id <= 8; id++) {
      products.add(new Product(id, "P" + id, "V", random.nextInt(3) == 0 ? List.of() : List.of(pick(TAGS)),
          random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt(5))));
    }
    List<MetafieldDefinition> definitions = List.of(
        new MetafieldDefinition("loyalty", "points", "Points", MetafieldType.INTEGER),
        new MetafieldDefinition("facts", "wedding", "Wedding day", MetafieldType.DATE),
        new MetafieldDefinition("prefs", "colors", "Colours", MetafieldType.STRING_LIST));
    int size = 5 + random.nextInt(40);
    List<Customer> customers = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    List<Checkout> checkouts = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    long orderId = 1000;
    for (long id = 1; id <= size; id++) {
      customers.add(customer(id * 3, zone));
      int orderCount = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
      for (int k = 0; k < orderCount; k++) {
        orders.add(order(orderId++, id * 3, zone));
      }
      for (int k = random.nextInt(3); k > 0; k--) {
        checkouts.add(new Checkout(orderId++, id * 3, instant(zone), random.nextBoolean() ? null : instant(zone),
            BigDecimal.TEN));
      }
      for (int k = random.nextInt(5); k > 0; k--) {
        EventType type = EventType.values()[random.nextInt(EventType.values().length)];
        Long key = random.nextInt(6) == 0 ? null : (long) (1 + random.nextInt(4));
        events.add(new Event(type, id * 3, instant(zone), type.isEmail() ? key : null,
            type == EventType.STOREFRONT_PRODUCT_VIEWED ? key : null,
            type == EventType.STOREFRONT_COLLECTION_VIEWED ? key : null, null));
      }
    }
    return Store.of(shop, definitions, categories, products, customers, orders, checkouts, events);
  }

  private Customer customer(long id, ZoneId zone) {
    List<Address> addresses = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      boolean located = random.nextBoolean();
      addresses.add(new Address(random.nextInt(8) == 0 ? null : pick(COUNTRIES), pick(PROVINCES), pick(CITIES), null,
          null, null, null, null, located ? 42.0 + random.nextDouble() * 2 : null,
          located ? 23.0 + random.nextDouble() * 2 : null, k == 1));
    }
    List<String> tags = new ArrayList<>();
    for (int k = random.nextInt(3); k > 0; k--) {
      tags.add(pick(TAGS));
    }
    Map<String, Object> metafields = new HashMap<>();
    if (random.nextBoolean()) {
      metafields.put("loyalty.points", (long) random.nextInt(5) * 50);
    }
    if (random.nextBoolean()) {
      metafields.put("facts.wedding", birthDate());
    }
    if (random.nextBoolean()) {
      metafields.put("prefs.colors", random.nextBoolean() ? List.of("red") : List.of("red", "blue"));
    }
    Instant created = instant(zone);
    String email = random.nextInt(5) == 0 ? null : "c" + id + "@" + pick(DOMAINS);
    return new Customer(id, email, null, "F" + id, "L" + id, created, created,
        AccountState.values()[random.nextInt(AccountState.values().length)],
        MarketingState.values()[random.nextInt(MarketingState.values().length)],
        MarketingState.values()[random.nextInt(4)], channels(), random.nextBoolean() ? pick(LANGUAGES) : null, tags,
        null, false, random.nextBoolean() ? pick(GROUPS) : null, random.nextBoolean() ? List.of(7L) : List.of(),
        random.nextBoolean() ? (long) random.nextInt(3) : null, random.nextBoolean() ? birthDate() : null,
        addresses, metafields);
  }

  private List<Channel> channels() {
    List<Channel> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      if (random.nextInt(3) == 0) {
        channels.add(channel);
      }
    }
    return channels;
  }

  private LocalDate birthDate() {
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of("UTC"));
    return switch (random.nextInt(4)) {
      case 0 -> LocalDate.of(1992, 2, 29);
      case 1 -> LocalDate.of(1980 + random.nextInt(20), today.getMonthValue(), Math.min(today.getDayOfMonth(), 28));
      default -> LocalDate.of(1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
    };
  }

  private Order order(long id, long customerId, ZoneId zone) {
    List<LineItem> lines = new ArrayList<>();
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      lines.add(new LineItem(1 + random.nextInt(9), 1 + random.nextInt(4), BigDecimal.ONE));
    }
    BigDecimal total = BigDecimal.valueOf(random.nextInt(6) * 2500, 2);
    BigDecimal refunded = random.nextInt(5) == 0 ? BigDecimal.valueOf(500, 2) : BigDecimal.ZERO;
    Instant created = instant(zone);
    return new Order(id, customerId, created, OrderStatus.values()[random.nextInt(OrderStatus.values().length)],
        random.nextInt(8) == 0 ? created.plusSeconds(60) : null, random.nextInt(10) == 0, total, refunded,
        random.nextBoolean() ? (long) random.nextInt(3) : null, random.nextBoolean() ? (long) random.nextInt(3) : null,
        lines);
  }

  /** An instant near now, often a few seconds from a local midnight. */
  private Instant instant(ZoneId zone) {
    long days = random.nextInt(5) == 0 ? random.nextLong(0, 4) : random.nextLong(0, 800);
    LocalDate day = LocalDate.ofInstant(now, zone).minusDays(days);
    long midnight = day.atStartOfDay(zone).toEpochSecond();
    long offset = switch (random.nextInt(3)) {
      case 0 -> random.nextLong(-2, 2);
      case 1 -> random.nextLong(0, 86400);
      default -> random.nextLong(-3600, 3600);
    };
    return Instant.ofEpochSecond(midnight + offset);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
