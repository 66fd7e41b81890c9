package org.segmentum.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.segmentum.model.Customer;
import org.segmentum.model.Store;

/**
 * Creates the schema of docs/sql.md and loads model stores into it over JDBC, computing the derived
 * facts and the store-relative scores (DATA.md §3, §4) itself, in Java, from the store's records.
 * Rows go in bulk inside a transaction: through DuckDB's appender, PostgreSQL's {@code COPY FROM STDIN}
 * and multi-row INSERT statements on SQLite (the bulk paths need the database's own JDBC driver, which
 * a DuckDB or PostgreSQL connection normally is). Planner statistics are refreshed after each load
 * ({@code ANALYZE}). Not thread-safe: one loader per connection at a time.
 */
public final class SqlLoader {
  /** Every table of the schema, in load order. */
  static final List<String> TABLES = List.of("shops", "metafield_definitions", "categories", "products",
      "product_tags", "customers", "customer_facts", "customer_tags", "customer_channels", "customer_companies",
      "customer_addresses", "customer_metafields", "orders", "line_items", "checkouts", "events");
  private final Connection connection;
  private final Dialect dialect;
  private final TableWriters writers;

  private SqlLoader(Connection connection, Dialect dialect, boolean bulk) {
    this.connection = Objects.requireNonNull(connection, "connection");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.writers = new TableWriters(connection, dialect, bulk);
  }

  /** A loader writing through {@code connection}, a connection to a {@code dialect} database. */
  public static SqlLoader of(Connection connection, Dialect dialect) {
    return new SqlLoader(connection, dialect, true);
  }

  /**
   * A loader that writes every dialect with multi-row INSERT statements, as it does SQLite: the
   * reference the bulk paths are compared with.
   */
  static SqlLoader withInserts(Connection connection, Dialect dialect) {
    return new SqlLoader(connection, dialect, false);
  }

  /** Creates the tables and indexes that do not exist yet. */
  public void createSchema() {
    transaction("create the schema", () -> {
      try (Statement statement = connection.createStatement()) {
        for (String ddl : dialect.schemaStatements()) {
          statement.execute(ddl);
        }
      }
    });
  }

  /**
   * Replaces the shop of {@code store} (by its id) with the store's data; scores are computed as of
   * {@code scoresAsOf}, the shop-local date they are for (normally today's). On PostgreSQL and SQLite
   * the replacement is one transaction; DuckDB refuses to insert a key deleted in the same transaction
   * (its indexes check constraints eagerly), so there the old rows are deleted in a transaction of
   * their own first.
   *
   * @throws SqlException if the database refuses the data (ids given twice, a custom number beyond BIGINT)
   */
  public void load(Store store, LocalDate scoresAsOf) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(scoresAsOf, "scoresAsOf");
    long shop = store.shop().id();
    if (dialect == Dialect.DUCKDB) {
      deleteShop(shop);
    }
    transaction("load shop " + shop, () -> {
      if (dialect != Dialect.DUCKDB) {
        deleteRows(shop);
      }
      try (TableWriter rows = writers.forShop("shops", "name", "timezone", "currency", "scores_as_of")) {
        rows.row(shop, store.shop().name(), store.shop().timezone().getId(), store.shop().currency(), scoresAsOf);
      }
      RecordRows records = new RecordRows(writers, shop);
      records.writeCatalog(store.metafieldDefinitions(), store.categories(), store.products());
      CustomerRows customers = new CustomerRows(writers, shop, store.shop().timezone());
      customers.write(store.customers());
      Map<Long, CustomerFacts> facts = CustomerFacts.of(store.orders(), store.checkouts());
      customers.writeFacts(store.customers(), facts, scores(store.customers(), facts, store.shop().timezone(),
          scoresAsOf));
      records.writeOrders(store.orders());
      records.writeCheckoutsAndEvents(store.checkouts(), store.events());
    });
    analyze();
  }

  /**
   * Refreshes the query planner's statistics (PostgreSQL and SQLite; DuckDB keeps its own). Without
   * them SQLite may, for instance, drive a customer's purchases from every line of a product instead of
   * from the customer's few orders.
   */
  private void analyze() {
    if (dialect == Dialect.DUCKDB) {
      return;
    }
    transaction("analyze", () -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      }
    });
  }

  /**
   * Recomputes the RFM groups and spend tiers of a loaded shop from its {@code customer_facts}, as of a
   * new shop-local date (DATA.md §4: at least once per shop-local day).
   */
  public void rescore(long shopId, LocalDate scoresAsOf) {
    Objects.requireNonNull(scoresAsOf, "scoresAsOf");
    transaction("rescore shop " + shopId, () -> new Rescoring(connection, dialect, shopId).run(scoresAsOf));
  }

  /** Deletes every row of a shop. */
  public void deleteShop(long shopId) {
    transaction("delete shop " + shopId, () -> deleteRows(shopId));
  }

  private void deleteRows(long shopId) throws SQLException {
    for (String table : TABLES.reversed()) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE shop_id = ?")) {
        delete.setLong(1, shopId);
        delete.executeUpdate();
      }
    }
  }

  private static Map<Long, ShopScores.Score> scores(List<Customer> customers, Map<Long, CustomerFacts> facts,
      ZoneId zone, LocalDate asOf) {
    List<ShopScores.Input> scored = new ArrayList<>();
    for (Customer customer : customers) {
      CustomerFacts f = facts.get(customer.id());
      if (f != null && f.orders > 0) {
        scored.add(new ShopScores.Input(customer.id(), f.orders, f.amountSpent, f.firstOrderAt, f.lastOrderAt));
      }
    }
    return ShopScores.compute(scored, zone, asOf);
  }

  private interface Work {
    void run() throws SQLException;
  }

  /** Runs work in one transaction, restoring the connection's auto-commit mode afterwards. */
  private void transaction(String what, Work work) {
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        work.run();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new SqlException("cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
