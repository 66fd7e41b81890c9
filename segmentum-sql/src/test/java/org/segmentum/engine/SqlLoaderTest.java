package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.model.Store;
import org.segmentum.query.Query;
import org.segmentum.sql.Dialect;
import org.segmentum.sql.SqlCompiler;
import org.segmentum.sql.SqlLoader;
import org.segmentum.sql.TestDatabases;

/** The loader on every dialect: an idempotent schema, shops side by side, replacing and rescoring a shop. */
class SqlLoaderTest {
  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void shopsLiveSideBySideAndAreReplacedWhole(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      SqlLoader loader = SqlLoader.of(connection, dialect);
      loader.createSchema();
      RandomShop first = new RandomShop(11);
      RandomShop second = new RandomShop(12);
      Store one = SqlDifferentialTest.withShopId(first.store, 1);
      Store two = SqlDifferentialTest.withShopId(second.store, 2);
      loader.load(one, LocalDate.of(2026, 3, 1));
      loader.load(two, LocalDate.of(2026, 3, 1));
      List<String> before = dump(connection, 2);

      loader.load(two, LocalDate.of(2026, 3, 1));
      loader.load(SqlDifferentialTest.withShopId(first.store, 2), LocalDate.of(2026, 3, 1));
      loader.load(two, LocalDate.of(2026, 3, 1));

      assertThat(dump(connection, 2)).isEqualTo(before);
      assertThat(members(connection, dialect, one, first)).containsExactlyElementsOf(ids(one));
      loader.deleteShop(2);
      assertThat(dump(connection, 2)).isEmpty();
      assertThat(members(connection, dialect, one, first)).containsExactlyElementsOf(ids(one));
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void rescoringGivesTheScoresOfALoadOnThatDay(Dialect dialect) throws SQLException {
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      SqlLoader loader = SqlLoader.of(connection, dialect);
      RandomShop shop = new RandomShop(5);
      Store store = SqlDifferentialTest.withShopId(shop.store, 1);
      LocalDate today = Engine.load(store, Clock.fixed(shop.now, ZoneOffset.UTC)).scoresAsOf();
      loader.load(store, today.plusDays(90));
      List<String> later = dump(connection, 1);
      loader.load(store, today);
      List<String> now = dump(connection, 1);

      loader.rescore(1, today.plusDays(90));

      assertThat(dump(connection, 1)).isEqualTo(later).isNotEqualTo(now);
    }
  }

  /** Every row of every table of a shop, as text, in a stable order. */
  private static List<String> dump(Connection connection, long shop) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : List.of("shops", "metafield_definitions", "categories", "products", "product_tags", "customers",
        "customer_facts", "customer_tags", "customer_channels", "customer_companies", "customer_addresses",
        "customer_metafields", "orders", "line_items", "checkouts", "events")) {
      try (Statement statement = connection.createStatement();
           ResultSet result = statement.executeQuery("SELECT * FROM " + table + " WHERE shop_id = " + shop)) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder(table);
          for (int i = 1; i <= columns; i++) {
            row.append('|').append(result.getString(i));
          }
          rows.add(row.toString());
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  private static TreeSet<Long> members(Connection connection, Dialect dialect, Store store, RandomShop shop)
      throws SQLException {
    var query = DifferentialTest.checked(Query.language(), "number_of_orders >= 0");
    return TestDatabases.members(connection, SqlCompiler.compile(query, dialect, store.shop().timezone(), shop.now,
        store.shop().id()));
  }

  private static List<Long> ids(Store store) {
    return store.customers().stream().map(c -> c.id()).toList();
  }
}
