package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.model.EventType;
import org.segmentum.model.OrderStatus;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.MetafieldType;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.sql.CompiledSql;
import org.segmentum.sql.Dialect;
import org.segmentum.sql.SqlCompiler;
import org.segmentum.sql.SqlLoader;
import org.segmentum.sql.TestDatabases;

/**
 * Hand-made shops for what random shops rarely produce: custom fields of every type (decimals with many
 * places, negative numbers, empty lists), DST gaps and overlaps, money with more than four decimals,
 * missing record keys, addresses without a province, distances at the boundary, products outside the
 * catalog, category cycles, 29 February. Each query must give the same members in the engine, the
 * reference evaluator and every dialect. A query prefixed with {@code @<local date-time> } is evaluated
 * at that instant instead of the load instant.
 */
class SqlEdgeCaseTest {
  @TempDir
  static Path temp;
  static final Map<Dialect, Connection> databases = new EnumMap<>(Dialect.class);
  static long nextShop = 1;

  @BeforeAll
  static void open() throws SQLException {
    for (Dialect dialect : Dialect.values()) {
      databases.put(dialect, TestDatabases.withSchema(dialect, temp));
    }
  }

  @AfterAll
  static void close() throws SQLException {
    for (Connection connection : databases.values()) {
      connection.close();
    }
  }

  @Test
  void customFieldsOfEveryType() throws SQLException {
    TinyShop shop = new TinyShop("Asia/Tokyo");
    shop.definition("loyalty", "points", MetafieldType.INTEGER).definition("loyalty", "ratio", MetafieldType.DECIMAL)
        .definition("loyalty", "level", MetafieldType.STRING).definition("facts", "wedding", MetafieldType.DATE)
        .definition("prefs", "newsletter", MetafieldType.BOOLEAN)
        .definition("prefs", "sizes", MetafieldType.INTEGER_LIST)
        .definition("prefs", "weights", MetafieldType.DECIMAL_LIST)
        .definition("prefs", "colors", MetafieldType.STRING_LIST);
    shop.customer(1).metafield("loyalty.points", 100L).metafield("loyalty.ratio", new BigDecimal("0.50"))
        .metafield("loyalty.level", "gold").metafield("facts.wedding", LocalDate.parse("2020-03-10"))
        .metafield("prefs.newsletter", true).metafield("prefs.sizes", List.of(38L, 40L))
        .metafield("prefs.weights", List.of(new BigDecimal("1.5"), new BigDecimal("2.25")))
        .metafield("prefs.colors", List.of("red", "Blue"));
    shop.customer(2).metafield("loyalty.points", Long.MAX_VALUE)
        .metafield("loyalty.ratio", new BigDecimal("0.123456789012345678"))
        .metafield("loyalty.level", "Gold").metafield("facts.wedding", LocalDate.parse("2026-03-01"))
        .metafield("prefs.newsletter", false).metafield("prefs.sizes", List.of())
        .metafield("prefs.colors", List.of("blue"));
    shop.customer(3);
    shop.customer(4).metafield("loyalty.points", -3L).metafield("loyalty.ratio", new BigDecimal("-0.5"))
        .metafield("loyalty.level", "").metafield("prefs.sizes", List.of(40L))
        .metafield("prefs.weights", List.of(new BigDecimal("-2.000")));
    shop.customer(5).metafield("loyalty.ratio", new BigDecimal("12345678901234.000000000000000001"));
    agree(shop, "2026-03-10T08:00",
        "metafields.loyalty.points >= 100", "metafields.loyalty.points < 10", "metafields.loyalty.points != 5",
        "NOT metafields.loyalty.points = 100", "metafields.loyalty.points BETWEEN -5 AND 5",
        "metafields.loyalty.points > 9223372036854775806", "metafields.loyalty.points = 9223372036854775807",
        "metafields.loyalty.points <= 9223372036854775807", "metafields.loyalty.points > -9223372036854775807",
        "metafields.loyalty.points IS NULL", "metafields.loyalty.ratio = 0.5", "metafields.loyalty.ratio > 0.5",
        "metafields.loyalty.ratio >= 0.500000000000000000001", "metafields.loyalty.ratio <= 0.123456789012345678",
        "metafields.loyalty.ratio < 0.123456789012345678", "metafields.loyalty.ratio = 0.1234567890123456780",
        "metafields.loyalty.ratio > 0.1234567890123456775", "metafields.loyalty.ratio < -0.49",
        "metafields.loyalty.ratio BETWEEN -1 AND -0.5", "metafields.loyalty.ratio != 0.5",
        "metafields.loyalty.ratio > 12345678901234", "metafields.loyalty.ratio = 12345678901234.000000000000000001",
        "metafields.loyalty.ratio != 0.12345678901234567812", "NOT metafields.loyalty.ratio < 1",
        "metafields.loyalty.level = 'gold'", "metafields.loyalty.level != 'gold'", "metafields.loyalty.level = ''",
        "metafields.loyalty.level IS NOT NULL", "metafields.facts.wedding = 2020-03-10",
        "metafields.facts.wedding > 2020-03-10", "metafields.facts.wedding <= -9d",
        "metafields.facts.wedding >= 2026-03-01T00:00:00", "metafields.facts.wedding > 2026-03-01T00:00:00",
        "metafields.facts.wedding BETWEEN 2020-01-01 AND 2026-03-01", "metafields.facts.wedding != today",
        "metafields.prefs.newsletter = true", "metafields.prefs.newsletter != true",
        "NOT metafields.prefs.newsletter = false", "metafields.prefs.sizes CONTAINS 40",
        "metafields.prefs.sizes NOT CONTAINS 40", "metafields.prefs.sizes IS NULL",
        "metafields.prefs.sizes IS NOT NULL", "metafields.prefs.weights CONTAINS 1.50",
        "metafields.prefs.weights CONTAINS -2", "metafields.prefs.weights NOT CONTAINS 2.25",
        "metafields.prefs.colors CONTAINS 'blue'", "metafields.prefs.colors CONTAINS 'Blue'",
        "metafields.prefs.colors IS NULL", "anniversary('metafields.facts.wedding') = today",
        "anniversary('metafields.facts.wedding') BETWEEN -10d AND today",
        "anniversary('metafields.facts.wedding') != today", "anniversary('metafields.facts.wedding') IS NULL");
  }

  @Test
  void customFieldsCheckedWithoutDefinitions() throws SQLException {
    TinyShop shop = new TinyShop("UTC");
    shop.customer(1).metafield("a.number", 7L).metafield("a.text", "7").metafield("a.flag", true)
        .metafield("a.list", List.of("x"));
    shop.customer(2).metafield("a.number", new BigDecimal("7.0")).metafield("a.day", LocalDate.parse("2026-01-02"));
    shop.customer(3);
    agree(shop, "2026-03-10T08:00", Query.language(),
        "metafields.a.number = 7", "metafields.a.number = '7'", "metafields.a.text = '7'", "metafields.a.text = 7",
        "metafields.a.text != 7", "metafields.a.flag = true", "metafields.a.flag != 7", "metafields.a.list = 'x'",
        "metafields.a.list CONTAINS 'x'", "metafields.a.number CONTAINS 7", "metafields.a.day = 2026-01-02",
        "metafields.a.number = 2026-01-02", "metafields.a.day > 3", "NOT metafields.a.number > 6.5",
        "metafields.a.missing IS NULL", "metafields.a.list IS NOT NULL", "anniversary('metafields.a.number') IS NULL",
        "anniversary('metafields.a.day') = 2026-01-02", "anniversary('metafields.a.day') IS NOT NULL");
  }

  @Test
  void daylightSavingDaysGapsAndOverlaps() throws SQLException {
    TinyShop shop = new TinyShop("America/New_York");
    shop.customers(1, 2, 3, 4, 5, 6, 7);
    shop.order(1, "2026-03-07T23:30");
    shop.order(2, "2026-03-08T00:30");
    shop.order(3, "2026-03-08T03:30");
    shop.order(4, "2026-11-01T01:30");
    shop.order(5, Instant.parse("2026-11-01T06:30:00Z"));
    shop.order(6, "2026-11-01T23:59");
    shop.checkout(7, "2026-03-08T03:00", false);
    agree(shop, "2026-11-01T12:00",
        "last_order_date = 2026-03-08", "last_order_date >= 2026-03-08T02:30:00",
        "last_order_date > 2026-03-08T02:00:00", "last_order_date < 2026-03-08T03:00:00",
        "last_order_date = 2026-11-01", "last_order_date > 2026-11-01T01:30:00",
        "last_order_date >= 2026-11-01T01:30:00", "last_order_date = today", "last_order_date != today",
        "last_order_date >= -238d", "last_order_date BETWEEN 2026-03-08 AND 2026-03-08",
        "abandoned_checkout_date = 2026-03-08T03:00:00", "abandoned_checkout_date = 2026-03-08T02:00:00",
        "orders_placed MATCHES (date = 2026-11-01, count = 2)", "orders_placed MATCHES (date < 2026-03-08T02:30:00)",
        "@2026-03-08T12:00:00 last_order_date = today", "@2026-03-09T00:00:00 last_order_date = yesterday",
        "@2026-03-08T01:59:59 last_order_date >= today", "@2026-11-01T01:30:00 last_order_date = today",
        "@2026-11-02T00:00:00 orders_placed MATCHES (date = -1d)");
  }

  @Test
  void moneyKeysAndStatuses() throws SQLException {
    TinyShop shop = new TinyShop("Europe/Sofia");
    shop.customer(1).email("One@Example.COM").createdByApp(0);
    shop.customer(2).email("no-at-sign");
    shop.customer(3).email("a@b@Mail.BG");
    shop.customers(4, 5, 6);
    shop.order(1, "2026-02-01T10:00").total("10.00").refunded("0.01").location(1).app(2);
    shop.order(1, "2026-02-02T10:00").total("0.0002");
    shop.order(2, "2026-02-03T10:00").total("99.99").status(OrderStatus.CANCELLED);
    shop.order(2, "2026-02-04T10:00").total("5").cancelledLater().location(2);
    shop.order(3, "2026-02-05T10:00").total("25").test().app(1);
    shop.order(3, "2026-02-06T10:00").total("25").status(OrderStatus.REFUNDED).refunded("25");
    shop.order(4, "2026-02-07T10:00").total("1000000000000.0001");
    shop.event(EventType.EMAIL_OPENED, 1, "2026-02-01T10:00", null);
    shop.event(EventType.EMAIL_OPENED, 2, "2026-02-01T10:00", 3L);
    shop.event(EventType.STOREFRONT_PRODUCT_VIEWED, 3, "2026-02-01T10:00", 3L);
    shop.event(EventType.STOREFRONT_COLLECTION_VIEWED, 3, "2026-02-01T10:00", null);
    agree(shop, "2026-03-01T12:00",
        "amount_spent = 9.9902", "amount_spent = 9.99015", "amount_spent > 9.99015", "amount_spent != 9.99015",
        "amount_spent >= 9.99025", "amount_spent BETWEEN 0.00001 AND 9.9902", "amount_spent = 0",
        "amount_spent < 9223372036854775807", "amount_spent > -9223372036854775807", "amount_spent > 1000000000000",
        "amount_spent <= 1000000000000000.5", "amount_spent BETWEEN -9223372036854775807 AND 9223372036854775807",
        "number_of_orders = 0", "number_of_orders BETWEEN 1 AND 2", "created_by_app_id IS NULL",
        "created_by_app_id != 1", "created_by_app_id = 0", "customer_email_domain = 'example.com'",
        "customer_email_domain = 'mail.bg'", "customer_email_domain IS NULL", "customer_email_domain != 'x'",
        "orders_placed MATCHES (location_id NOT IN (1))", "orders_placed MATCHES (location_id NOT IN (2), status = 'CANCELLED')",
        "orders_placed MATCHES (app_id IN (1, 2), status IN ('PAID', 'REFUNDED'))",
        "orders_placed MATCHES (status = 'CANCELLED', count = 2)", "orders_placed MATCHES (status != 'PAID')",
        "orders_placed MATCHES (status NOT IN ('OPEN', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED'), count = 0)",
        "orders_placed MATCHES (amount = 0.00001, count = 0)", "orders_placed MATCHES (amount = 0.00001)",
        "orders_placed MATCHES (sum_amount = 9.9902)", "orders_placed MATCHES (amount > 9.98995, sum_amount < 10.0001)",
        "orders_placed MATCHES (sum_amount != 0.00001)", "orders_placed MATCHES (count >= 0)",
        "orders_placed NOT MATCHES ()", "shopify_email.opened MATCHES (activity_id NOT IN (1))",
        "shopify_email.opened MATCHES (activity_id NOT IN (3), count = 0)", "shopify_email.opened MATCHES ()",
        "storefront.product_viewed MATCHES (id = 3)", "storefront.collection_viewed MATCHES (id NOT IN (3))",
        "storefront.collection_viewed MATCHES (count = 1)", "rfm_group = 'PROSPECTS'", "predicted_spend_tier = 'LOW'");
  }

  /**
   * Money with more than four decimals (beyond every ISO 4217 currency) is rounded half-even to
   * ten-thousandths once per order, as the engine does (its reference evaluator, which adds exact
   * decimals, is not consulted here).
   */
  @Test
  void moneyWithMoreThanFourDecimalsIsRoundedPerOrder() throws SQLException {
    TinyShop shop = new TinyShop("Europe/Sofia");
    shop.customers(1, 2);
    shop.order(1, "2026-02-01T10:00").total("10.00005").refunded("0.00015");
    shop.order(1, "2026-02-02T10:00").total("0.00015");
    shop.order(2, "2026-02-02T10:00").total("0.00025");
    agree(shop, "2026-03-01T12:00", false, Query.language(),
        "amount_spent = 10.0001", "amount_spent = 10.00005", "amount_spent = 0.0002", "amount_spent > 10",
        "orders_placed MATCHES (amount = 0.0002)", "orders_placed MATCHES (sum_amount = 9.9999)");
  }

  @Test
  void locationsAndDistances() throws SQLException {
    TinyShop shop = new TinyShop("Europe/London");
    shop.customer(1).address("GB", null, "London").address("gb ", " eng", "Saint-Denis");
    shop.customer(2).address("JP", "13", "東京 都").address(" ", "CA", "Nowhere");
    shop.customer(3).address("US", "NY", "!!!").addressAt(48.8566, 2.3522);
    shop.customer(4).addressAt(-48.8566, -177.6478);
    shop.customer(5);
    agree(shop, "2026-03-01T12:00",
        "customer_cities CONTAINS 'GB--London'", "customer_cities CONTAINS 'GB-ENG-SaintDenis'",
        "customer_cities CONTAINS 'JP-13-東京都'", "customer_regions CONTAINS 'GB-ENG'", "customer_regions IS NULL",
        "customer_countries CONTAINS 'GB'", "customer_countries NOT CONTAINS 'GB'", "customer_countries IS NULL",
        "customer_cities IS NOT NULL", "customer_cities NOT CONTAINS 'US-NY-A'",
        "customer_within_distance MATCHES (coordinates = (48.8566, 2.3522), distance_km = 0)",
        "customer_within_distance MATCHES (coordinates = (48.8566, 2.3622), distance_km = 0.73)",
        "customer_within_distance MATCHES (coordinates = (48.8566, 2.3622), distance_mi = 1)",
        "customer_within_distance MATCHES (coordinates = (48.8566, 2.3522), distance_km = 20015.1)",
        "customer_within_distance MATCHES (coordinates = (48.8566, 2.3522), distance_km = 20000)",
        "customer_within_distance(coordinates: (-48.8566, -177.6478), distance_km: 1) = false");
  }

  @Test
  void productsCategoriesAndTags() throws SQLException {
    TinyShop shop = new TinyShop("UTC");
    shop.category(1, null).category(2, 1L).category(3, 2L).category(4, 5L).category(5, 4L);
    shop.product(10, 3L, "Shoes", "SALE").product(11, 9L, "shoes").product(12, 4L).product(12, 1L, "new");
    shop.customers(1, 2, 3, 4);
    shop.order(1, "2026-01-01T10:00").line(10, 2).line(13, 5);
    shop.order(1, "2026-01-02T10:00").line(10, 1);
    shop.order(2, "2026-01-03T10:00").line(11, 3).line(12, 1);
    shop.order(3, "2026-01-04T10:00").line(12, 4).cancelledLater();
    shop.order(4, "2026-01-05T10:00").line(13, 1).test();
    agree(shop, "2026-03-01T12:00",
        "products_purchased MATCHES (category = 1)", "products_purchased MATCHES (category = 2)",
        "products_purchased MATCHES (category = 4)", "products_purchased MATCHES (category = 9)",
        "products_purchased MATCHES (category IN (5, 3))", "products_purchased MATCHES (category = 7)",
        "products_purchased MATCHES (tag = 'SHOES')", "products_purchased MATCHES (tag = 'new')",
        "products_purchased MATCHES (id = 13)", "products_purchased MATCHES (id NOT IN (10, 11, 12))",
        "products_purchased MATCHES (id = 10, count = 2, sum_quantity = 3)",
        "products_purchased MATCHES (quantity >= 2, sum_quantity >= 5)", "products_purchased MATCHES (count = 0)",
        "products_purchased MATCHES (tag = 'sale', category = 2, quantity = 2)",
        "products_purchased NOT MATCHES (category = 1, sum_quantity < 3)");
  }

  @Test
  void anniversariesAcrossYearEndsAndLeapDays() throws SQLException {
    TinyShop shop = new TinyShop("Pacific/Auckland");
    shop.customer(1).birthDate("1992-02-29");
    shop.customer(2).birthDate("1990-02-28");
    shop.customer(3).birthDate("1985-03-01");
    shop.customer(4).birthDate("1970-12-31");
    shop.customer(5).birthDate("1999-01-01");
    shop.customer(6);
    agree(shop, "2026-02-28T09:00",
        "anniversary('birth_date') = today", "anniversary('birth_date') != today", "anniversary('birth_date') = +1d",
        "anniversary('birth_date') BETWEEN -60d AND today", "anniversary('birth_date') BETWEEN today AND +1y",
        "anniversary('birth_date') BETWEEN +1d AND -1d", "anniversary('birth_date') IS NULL",
        "anniversary('metafields.facts.birth_date') IS NOT NULL", "NOT anniversary('birth_date') = today",
        "@2027-12-30T12:00:00 anniversary('birth_date') BETWEEN today AND +3d",
        "@2028-02-28T12:00:00 anniversary('birth_date') = today",
        "@2028-02-29T12:00:00 anniversary('birth_date') = today",
        "@2028-02-27T12:00:00 anniversary('birth_date') BETWEEN today AND +1d");
  }

  private static void agree(TinyShop tiny, String localNow, String... queries) throws SQLException {
    Store store = tiny.store();
    agree(tiny, localNow, true, Query.language().withSchema(ShopSchema.of(store.metafieldDefinitions())), queries);
  }

  private static void agree(TinyShop tiny, String localNow, Query language, String... queries) throws SQLException {
    agree(tiny, localNow, true, language, queries);
  }

  /**
   * Loads the shop into every dialect and checks every query: the engine against the reference
   * evaluator (when asked), then each dialect against the engine. Reports every difference at once.
   */
  private static void agree(TinyShop tiny, String localNow, boolean withReference, Query language, String... queries)
      throws SQLException {
    Store store = SqlDifferentialTest.withShopId(tiny.store(), nextShop++);
    Instant loadedAt = tiny.at(localNow);
    Engine engine = Engine.load(store, Clock.fixed(loadedAt, store.shop().timezone()));
    for (Dialect dialect : Dialect.values()) {
      SqlLoader.of(databases.get(dialect), dialect).load(store, engine.scoresAsOf());
    }
    List<String> differences = new ArrayList<>();
    for (String query : queries) {
      Instant now = query.startsWith("@") ? tiny.at(query.substring(1, query.indexOf(' '))) : loadedAt;
      CheckedQuery checked = DifferentialTest.checked(language, query.startsWith("@")
          ? query.substring(query.indexOf(' ') + 1) : query);
      TreeSet<Long> expected = new TreeSet<>();
      engine.evaluate(checked, now).customerIds().forEach(expected::add);
      if (withReference) {
        assertThat(new ReferenceEvaluator(store, now, engine.scoresAsOf()).members(checked))
            .as("reference evaluator on %s", query).isEqualTo(expected);
      }
      for (Dialect dialect : Dialect.values()) {
        CompiledSql compiled = SqlCompiler.compile(checked, dialect, store.shop().timezone(), now, store.shop().id());
        TreeSet<Long> actual = TestDatabases.members(databases.get(dialect), compiled);
        if (!actual.equals(expected)) {
          differences.add(String.format("%s on %s: engine %s, SQL %s%n%s%n%s", dialect, query, expected, actual,
              compiled.sql(), TestDatabases.describe(compiled.parameters())));
        }
      }
    }
    assertThat(differences).as("differences").isEmpty();
  }
}
