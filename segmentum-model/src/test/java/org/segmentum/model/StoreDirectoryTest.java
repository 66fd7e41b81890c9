package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.segmentum.model.TestStores.customer;
import static org.segmentum.model.TestStores.withShop;
import static org.segmentum.model.TestStores.write;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.query.MetafieldType;

class StoreDirectoryTest {
  @TempDir Path dir;

  @Test
  void loadsEveryKindAndAppliesDefaults() {
    withShop(dir);
    write(dir, "metafield_definitions.ndjson", "{\"namespace\": \"loyalty\", \"key\": \"points\", \"type\": \"integer\"}");
    write(dir, "categories.ndjson", "{\"id\": 1, \"name\": \"Home\"}", "{\"id\": 2, \"name\": \"Lamps\", \"parent_id\": 1}");
    write(dir, "products.ndjson", "{\"id\": 10}");
    write(dir, "customers.ndjson", customer(5));
    write(dir, "orders.ndjson",
        "{\"id\": 100, \"customer_id\": 5, \"created_at\": \"2025-02-01T10:00:00+02:00\", \"total_price\": \"12.50\","
            + " \"line_items\": [{\"product_id\": 10}]}");
    write(dir, "checkouts.ndjson", "{\"id\": 200, \"customer_id\": 5, \"created_at\": \"2025-02-02T10:00:00Z\"}");
    write(dir, "events.ndjson", "{\"type\": \"email.opened\", \"customer_id\": 5, \"occurred_at\": \"2025-02-03T10:00:00Z\"}");

    LoadResult result = StoreDirectory.read(dir);
    Store store = result.store();

    assertThat(result.report().problems()).isEmpty();
    assertThat(store.shop()).isEqualTo(new Shop(1, "Test shop", ZoneId.of("Europe/Sofia"), "EUR"));
    assertThat(store.metafieldDefinitions())
        .containsExactly(new MetafieldDefinition("loyalty", "points", "points", MetafieldType.INTEGER));
    assertThat(store.categories()).containsExactly(new Category(1, "Home", null), new Category(2, "Lamps", 1L));
    assertThat(store.products()).containsExactly(new Product(10, null, null, List.of(), null));
    Instant created = Instant.parse("2025-01-01T10:00:00Z");
    assertThat(store.customers()).containsExactly(new Customer(5, null, null, null, null, created, created,
        AccountState.ENABLED, MarketingState.NOT_SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(), null,
        List.of(), null, false, null, List.of(), null, null, List.of(), Map.of()));
    assertThat(store.orders()).containsExactly(new Order(100, 5, Instant.parse("2025-02-01T08:00:00Z"),
        OrderStatus.PAID, null, false, new BigDecimal("12.50"), BigDecimal.ZERO, null, null,
        List.of(new LineItem(10, 1, null))));
    assertThat(store.checkouts()).containsExactly(new Checkout(200, 5, Instant.parse("2025-02-02T10:00:00Z"), null, null));
    assertThat(store.events()).containsExactly(new Event(EventType.EMAIL_OPENED, 5,
        Instant.parse("2025-02-03T10:00:00Z"), null, null, null, null));
    assertThat(result.report().summary()).isEqualTo("""
        metafield_definitions.ndjson: 1 loaded, 0 replaced, 0 stale, 0 rejected
        categories.ndjson: 2 loaded, 0 replaced, 0 stale, 0 rejected
        products.ndjson: 1 loaded, 0 replaced, 0 stale, 0 rejected
        customers.ndjson: 1 loaded, 0 replaced, 0 stale, 0 rejected
        orders.ndjson: 1 loaded, 0 replaced, 0 stale, 0 rejected
        checkouts.ndjson: 1 loaded, 0 replaced, 0 stale, 0 rejected
        events.ndjson: 1 loaded, 0 replaced, 0 stale, 0 rejected
        total: 8 loaded, 0 replaced, 0 stale, 0 rejected
        """);
  }

  @Test
  void readsEveryCustomerField() {
    withShop(dir);
    write(dir, "metafield_definitions.ndjson",
        "{\"namespace\": \"l\", \"key\": \"int\", \"name\": \"Points\", \"type\": \"integer\"}",
        "{\"namespace\": \"l\", \"key\": \"dec\", \"type\": \"decimal\"}",
        "{\"namespace\": \"l\", \"key\": \"dec2\", \"type\": \"decimal\"}",
        "{\"namespace\": \"l\", \"key\": \"str\", \"type\": \"string\"}",
        "{\"namespace\": \"l\", \"key\": \"date\", \"type\": \"date\"}",
        "{\"namespace\": \"l\", \"key\": \"bool\", \"type\": \"boolean\"}",
        "{\"namespace\": \"l\", \"key\": \"ints\", \"type\": \"list.integer\"}",
        "{\"namespace\": \"l\", \"key\": \"decs\", \"type\": \"list.decimal\"}",
        "{\"namespace\": \"l\", \"key\": \"strs\", \"type\": \"list.string\"}");
    write(dir, "customers.ndjson", """
        {"id": 9223372036854775807, "email": "Ann@Example.com", "phone": "+359888", "first_name": "Ann", \
        "last_name": "Lee", "created_at": "2024-05-01T12:00:00+03:00", "updated_at": "2024-06-01T00:00:00Z", \
        "state": "INVITED", "email_marketing": "SUBSCRIBED", "sms_marketing": "PENDING", \
        "channels": ["EMAIL", "WHATSAPP"], "language": "bg", "tags": ["vip", "b2b"], "note": "hi", \
        "tax_exempt": true, "group": "wholesale", "company_ids": [3, 4], "created_by_app_id": 77, \
        "birth_date": "1990-02-28", "addresses": [{"country_code": "BG", "province_code": "SOF", \
        "city": "Sofia", "zip": "1000", "address1": "a1", "address2": "a2", "company": "ACME", \
        "phone": "+3592", "latitude": 42.7, "longitude": 23.3, "default": true}, {"city": "Varna"}], \
        "metafields": {"l.int": 5, "l.dec": 1.10, "l.dec2": "2.50", "l.str": "s", "l.date": "2020-01-31", \
        "l.bool": false, "l.ints": [1, 2], "l.decs": ["1.5", 2], "l.strs": ["x"], "l.none": null, \
        "u.int": 7, "u.big": 99999999999999999999, "u.dec": 0.1, "u.str": "t", "u.bool": true, \
        "u.ints": [1], "u.mixed": [1, 2.5], "u.strs": ["a", "b"]}}""");

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.report().problems()).isEmpty();
    Customer c = result.store().customers().get(0);
    assertThat(c.id()).isEqualTo(Long.MAX_VALUE);
    assertThat(c.email()).isEqualTo("Ann@Example.com");
    assertThat(c.createdAt()).isEqualTo(Instant.parse("2024-05-01T09:00:00Z"));
    assertThat(c.updatedAt()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
    assertThat(c.state()).isEqualTo(AccountState.INVITED);
    assertThat(c.emailMarketing()).isEqualTo(MarketingState.SUBSCRIBED);
    assertThat(c.smsMarketing()).isEqualTo(MarketingState.PENDING);
    assertThat(c.channels()).containsExactly(Channel.EMAIL, Channel.WHATSAPP);
    assertThat(c.tags()).containsExactly("vip", "b2b");
    assertThat(c.taxExempt()).isTrue();
    assertThat(c.group()).isEqualTo("wholesale");
    assertThat(c.companyIds()).containsExactly(3L, 4L);
    assertThat(c.createdByAppId()).isEqualTo(77L);
    assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 2, 28));
    assertThat(c.addresses()).containsExactly(
        new Address("BG", "SOF", "Sofia", "1000", "a1", "a2", "ACME", "+3592", 42.7, 23.3, true),
        new Address(null, null, "Varna", null, null, null, null, null, null, null, false));
    assertThat(c.metafields()).containsExactly(
        Map.entry("l.int", 5L), Map.entry("l.dec", new BigDecimal("1.10")), Map.entry("l.dec2", new BigDecimal("2.50")),
        Map.entry("l.str", "s"), Map.entry("l.date", LocalDate.of(2020, 1, 31)), Map.entry("l.bool", false),
        Map.entry("l.ints", List.of(1L, 2L)), Map.entry("l.decs", List.of(new BigDecimal("1.5"), new BigDecimal("2"))),
        Map.entry("l.strs", List.of("x")), Map.entry("u.int", 7L),
        Map.entry("u.big", new BigDecimal("99999999999999999999")), Map.entry("u.dec", new BigDecimal("0.1")),
        Map.entry("u.str", "t"), Map.entry("u.bool", true), Map.entry("u.ints", List.of(1L)),
        Map.entry("u.mixed", List.of(new BigDecimal("1"), new BigDecimal("2.5"))), Map.entry("u.strs", List.of("a", "b")));
    assertThat(result.store().metafieldDefinitions().get(0).name()).isEqualTo("Points");
  }

  @Test
  void moneyIsExactFromStringsAndNumbers() {
    withShop(dir);
    write(dir, "customers.ndjson", customer(1));
    write(dir, "orders.ndjson",
        "{\"id\": 1, \"customer_id\": 1, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": 0.1, \"refunded_amount\": \"0.03\"}",
        "{\"id\": 2, \"customer_id\": 1, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"12345678901234567890.12\","
            + " \"line_items\": [{\"product_id\": 3, \"quantity\": 2, \"price\": 19.99}]}");

    List<Order> orders = StoreDirectory.read(dir).store().orders();

    assertThat(orders.get(0).totalPrice()).isEqualTo(new BigDecimal("0.1"));
    assertThat(orders.get(0).netAmount()).isEqualTo(new BigDecimal("0.07"));
    assertThat(orders.get(1).totalPrice()).isEqualTo(new BigDecimal("12345678901234567890.12"));
    assertThat(orders.get(1).lineItems()).containsExactly(new LineItem(3, 2, new BigDecimal("19.99")));
  }

  @Test
  void readsGzippedTwinsLikePlainFiles() {
    Path plain = dir.resolve("plain");
    Path gz = dir.resolve("gz");
    for (Path d : List.of(plain, gz)) {
      mkdir(d);
      withShop(d);
      String suffix = d == gz ? ".gz" : "";
      write(d, "customers.ndjson" + suffix, customer(2), "", customer(1));
      write(d, "orders.ndjson" + suffix,
          "{\"id\": 1, \"customer_id\": 2, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"1\"}");
    }

    LoadResult fromPlain = StoreDirectory.read(plain);
    LoadResult fromGz = StoreDirectory.read(gz);

    assertThat(fromGz.store().customers()).isEqualTo(fromPlain.store().customers()).hasSize(2);
    assertThat(fromGz.store().orders()).isEqualTo(fromPlain.store().orders()).hasSize(1);
    assertThat(fromGz.report().summary()).contains("customers.ndjson.gz: 2 loaded, 0 replaced, 0 stale, 0 rejected");
  }

  @Test
  void refusesAPlainFileAndItsGzippedTwinTogether() {
    withShop(dir);
    write(dir, "customers.ndjson", customer(1));
    write(dir, "customers.ndjson.gz", customer(2));

    assertThatThrownBy(() -> StoreDirectory.read(dir))
        .isInstanceOf(ModelException.class).hasMessageContaining("customers.ndjson and customers.ndjson.gz");
  }

  @Test
  void upsertsByIdAndIgnoresStaleCustomers() {
    withShop(dir);
    write(dir, "customers.ndjson",
        "{\"id\": 1, \"first_name\": \"v1\", \"created_at\": \"2025-01-01T00:00:00Z\", \"updated_at\": \"2025-03-01T00:00:00Z\"}",
        "{\"id\": 1, \"first_name\": \"old\", \"created_at\": \"2025-01-01T00:00:00Z\", \"updated_at\": \"2025-02-01T00:00:00Z\"}",
        "{\"id\": 2, \"first_name\": \"other\", \"created_at\": \"2025-01-01T00:00:00Z\"}",
        "{\"id\": 1, \"first_name\": \"v2\", \"created_at\": \"2025-01-01T00:00:00Z\", \"updated_at\": \"2025-03-01T00:00:00Z\"}",
        "{\"id\": 1, \"first_name\": \"v3\", \"created_at\": \"2025-01-01T00:00:00Z\", \"updated_at\": \"2025-04-01T00:00:00Z\"}");
    write(dir, "orders.ndjson",
        "{\"id\": 7, \"customer_id\": 1, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"1\"}",
        "{\"id\": 8, \"customer_id\": 1, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"1\"}",
        "{\"id\": 7, \"customer_id\": 2, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"2\"}");

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.store().customers()).extracting(Customer::id, Customer::firstName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "v3"), org.assertj.core.groups.Tuple.tuple(2L, "other"));
    assertThat(result.store().orders()).extracting(Order::id, Order::customerId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 2L), org.assertj.core.groups.Tuple.tuple(8L, 1L));
    assertThat(result.report().file("customers.ndjson")).contains(new LoadCounts("customers.ndjson", 2, 2, 1, 0, 0));
    assertThat(result.report().file("orders.ndjson")).contains(new LoadCounts("orders.ndjson", 2, 1, 0, 0, 0));
    assertThat(result.report().total()).isEqualTo(new LoadCounts("total", 4, 3, 1, 0, 0));
  }

  @Test
  void deletingACustomerErasesItAndRejectsLaterRecordsAttachedToIt() {
    withShop(dir);
    write(dir, "customers.ndjson", customer(1), customer(2), "{\"id\": 1, \"deleted\": true}",
        "{\"id\": 3, \"deleted\": false, \"created_at\": \"2025-01-01T00:00:00Z\"}");
    write(dir, "orders.ndjson",
        "{\"id\": 7, \"customer_id\": 2, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"1\"}",
        "{\"id\": 8, \"customer_id\": 1, \"created_at\": \"2025-01-01T00:00:00Z\", \"total_price\": \"1\"}");
    write(dir, "events.ndjson", "{\"type\": \"email.opened\", \"customer_id\": 1, \"occurred_at\": \"2025-01-01T00:00:00Z\"}");

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.store().customers()).extracting(Customer::id).containsExactly(2L, 3L);
    assertThat(result.store().orders()).extracting(Order::id).containsExactly(7L);
    assertThat(result.store().events()).isEmpty();
    assertThat(result.report().problems()).containsExactly(
        new LoadProblem("orders.ndjson", 2, "customer_id", "unknown customer 1"),
        new LoadProblem("events.ndjson", 1, "customer_id", "unknown customer 1"));
    assertThat(result.report().file("customers.ndjson").orElseThrow().summary())
        .isEqualTo("customers.ndjson: 3 loaded, 0 replaced, 0 stale, 0 rejected, 1 deleted");
  }

  @Test
  void deduplicatesEventsByIdAndKeepsEventsWithoutOne() {
    withShop(dir);
    write(dir, "customers.ndjson", customer(1));
    String opened = "{\"type\": \"email.opened\", \"customer_id\": 1, \"occurred_at\": \"2025-01-01T00:00:00Z\"";
    write(dir, "events.ndjson", opened + ", \"id\": \"e1\", \"activity_id\": 5}", opened + "}", opened + "}",
        opened + ", \"id\": \"e1\", \"activity_id\": 6}", opened + ", \"id\": 42}",
        "{\"type\": \"storefront.product_viewed\", \"customer_id\": 1, \"occurred_at\": \"2025-01-02T00:00:00Z\", \"product_id\": 9}");

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.store().events()).extracting(Event::id, Event::activityId, Event::productId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("e1", 6L, null), org.assertj.core.groups.Tuple.tuple(null, null, null),
            org.assertj.core.groups.Tuple.tuple(null, null, null), org.assertj.core.groups.Tuple.tuple("42", null, null),
            org.assertj.core.groups.Tuple.tuple(null, null, 9L));
    assertThat(result.report().file("events.ndjson")).contains(new LoadCounts("events.ndjson", 5, 1, 0, 0, 0));
  }

  @Test
  void ignoresUnknownFieldsAtAnyDepthAndBlankLines() {
    withShop(dir);
    write(dir, "customers.ndjson", "", "  ",
        "{\"id\": 1, \"x\": {\"deep\": [1, {\"a\": null}]}, \"created_at\": \"2025-01-01T00:00:00Z\","
            + " \"addresses\": [{\"city\": \"Sofia\", \"extra\": [1, 2]}], \"y\": [[]]}");

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.report().problems()).isEmpty();
    assertThat(result.store().customers().get(0).addresses().get(0).city()).isEqualTo("Sofia");
  }

  @Test
  void missingFilesMeanNone() {
    withShop(dir);

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.store().customers()).isEmpty();
    assertThat(result.report().files()).isEmpty();
  }

  @Test
  void failsClearlyWithoutAValidShop() {
    assertThatThrownBy(() -> StoreDirectory.read(dir))
        .isInstanceOf(ModelException.class).hasMessageContaining("has no shop.json");
    assertThatThrownBy(() -> StoreDirectory.read(dir.resolve("nope")))
        .isInstanceOf(ModelException.class).hasMessageContaining("is not a directory");
    write(dir, "shop.json", "{\"id\": 1, \"timezone\": \"Mars/Olympus\"}");
    assertThatThrownBy(() -> StoreDirectory.read(dir))
        .isInstanceOf(ModelException.class).hasMessageContaining("timezone: unknown time zone \"Mars/Olympus\"");
    write(dir, "shop.json", "{\"id\": 1}");
    assertThatThrownBy(() -> StoreDirectory.read(dir))
        .isInstanceOf(ModelException.class).hasMessageContaining("timezone: is required");
    write(dir, "shop.json", "{\"id\": 1,");
    assertThatThrownBy(() -> StoreDirectory.read(dir))
        .isInstanceOf(ModelException.class).hasMessageContaining("malformed JSON");
  }

  @Test
  void readsAPrettyPrintedShopWithoutCurrency() {
    write(dir, "shop.json", "{", "  \"id\": 3,", "  \"timezone\": \"UTC\"", "}");

    assertThat(StoreDirectory.read(dir).store().shop()).isEqualTo(new Shop(3, null, ZoneId.of("UTC"), null));
  }

  @Test
  void failsOnACorruptGzipFile() throws Exception {
    withShop(dir);
    Files.write(dir.resolve("customers.ndjson.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});

    assertThatThrownBy(() -> StoreDirectory.read(dir))
        .isInstanceOf(ModelException.class).hasMessageContaining("customers.ndjson.gz");
  }

  @Test
  void keepsTheFirstProblemsAndCountsAll() {
    withShop(dir);
    String[] lines = new String[LoadReport.MAX_PROBLEMS + 5];
    java.util.Arrays.fill(lines, "{\"id\": 1}");
    write(dir, "customers.ndjson", lines);

    LoadReport report = StoreDirectory.read(dir).report();

    assertThat(report.problems()).hasSize(LoadReport.MAX_PROBLEMS);
    assertThat(report.problems().get(LoadReport.MAX_PROBLEMS - 1).line()).isEqualTo(LoadReport.MAX_PROBLEMS);
    assertThat(report.total().rejected()).isEqualTo(LoadReport.MAX_PROBLEMS + 5);
    assertThat(report.isClean()).isFalse();
    assertThat(report.summary()).endsWith("(10000 of 10005 problems kept)\n");
  }

  private static void mkdir(Path d) {
    try {
      Files.createDirectories(d);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
