package org.segmentum.engine;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.segmentum.model.Address;
import org.segmentum.model.Customer;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.model.Store;

/**
 * The raw records of a store copied into a SQLite file, so that expected segment members can be
 * computed by hand-written SQL instead of by the engine. Instants are epoch seconds, money integer
 * cents (the load fails if an amount has more than two decimals). The views {@code counted_orders} and
 * {@code customer_facts} spell out DATA.md §3 in SQL.
 */
final class OnlineRetailDatabase implements AutoCloseable {
  private static final String SCHEMA = """
      CREATE TABLE customers (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL);
      CREATE TABLE addresses (customer_id INTEGER NOT NULL, country_code TEXT, province_code TEXT, city TEXT);
      CREATE TABLE products (id INTEGER PRIMARY KEY, title TEXT);
      CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, created_at INTEGER NOT NULL,
        status TEXT NOT NULL, cancelled_at INTEGER, test INTEGER NOT NULL, total_cents INTEGER NOT NULL,
        refunded_cents INTEGER NOT NULL);
      CREATE TABLE line_items (order_id INTEGER NOT NULL, product_id INTEGER NOT NULL, quantity INTEGER NOT NULL);
      CREATE TABLE scores (customer_id INTEGER PRIMARY KEY, rfm_group TEXT NOT NULL, spend_tier TEXT NOT NULL);
      """;
  private static final String INDEXES_AND_VIEWS = """
      CREATE INDEX addresses_by_customer ON addresses (customer_id);
      CREATE INDEX orders_by_customer ON orders (customer_id, created_at);
      CREATE INDEX lines_by_order ON line_items (order_id, product_id);
      CREATE INDEX lines_by_product ON line_items (product_id);
      CREATE VIEW counted_orders AS
        SELECT * FROM orders WHERE test = 0 AND cancelled_at IS NULL AND status <> 'CANCELLED';
      CREATE VIEW customer_facts AS
        SELECT c.id AS id,
               COALESCE(SUM(o.total_cents - o.refunded_cents), 0) AS spent_cents,
               COUNT(o.id) AS orders,
               MIN(o.created_at) AS first_at,
               MAX(o.created_at) AS last_at
        FROM customers c LEFT JOIN counted_orders o ON o.customer_id = c.id
        GROUP BY c.id;
      """;

  private final Connection connection;

  private OnlineRetailDatabase(Connection connection) {
    this.connection = connection;
  }

  /** Creates the database file and copies every customer, address, product, order and line into it. */
  static OnlineRetailDatabase create(Store store, Path file) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    OnlineRetailDatabase database = new OnlineRetailDatabase(connection);
    database.script(SCHEMA);
    connection.setAutoCommit(false);
    database.copy(store);
    connection.commit();
    connection.setAutoCommit(true);
    database.script(INDEXES_AND_VIEWS);
    return database;
  }

  /** The store directory of the Online Retail shop, found by walking up from the working directory. */
  static Path locateStore() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate : List.of(p.resolve("../shared/data/online-retail/store"),
          p.resolve("shared/data/online-retail/store"))) {
        if (Files.isDirectory(candidate)) {
          return candidate.normalize();
        }
      }
    }
    return fail("the Online Retail store (shared/data/online-retail/store) was not found above "
        + Path.of("").toAbsolutePath());
  }

  /** The customer ids the query returns in its first column. */
  TreeSet<Long> ids(String sql, List<Object> args) throws SQLException {
    TreeSet<Long> ids = new TreeSet<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        statement.setObject(i + 1, args.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  /** Every row of {@code customer_facts}: id, spent cents, orders, first and last order (null when none). */
  List<Facts> facts() throws SQLException {
    List<Facts> facts = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT id, spent_cents, orders, first_at, last_at FROM customer_facts ORDER BY id")) {
      while (rows.next()) {
        long orders = rows.getLong(3);
        facts.add(new Facts(rows.getLong(1), rows.getLong(2), orders,
            orders == 0 ? null : Instant.ofEpochSecond(rows.getLong(4)),
            orders == 0 ? null : Instant.ofEpochSecond(rows.getLong(5))));
      }
    }
    return facts;
  }

  /** Stores the RFM group and spend tier of each customer, keyed by id, in table {@code scores}. */
  void storeScores(Map<Long, IndependentScores.Score> scores) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scores VALUES (?, ?, ?)")) {
      for (Map.Entry<Long, IndependentScores.Score> entry : scores.entrySet()) {
        insert.setLong(1, entry.getKey());
        insert.setString(2, entry.getValue().rfmGroup());
        insert.setString(3, entry.getValue().spendTier());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  /** A customer's derived facts as SQL computes them. */
  record Facts(long id, long spentCents, long orders, Instant firstOrder, Instant lastOrder) {
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private void script(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String part : sql.split(";")) {
        if (!part.isBlank()) {
          statement.execute(part);
        }
      }
    }
  }

  private void copy(Store store) throws SQLException {
    try (PreparedStatement customers = connection.prepareStatement("INSERT INTO customers VALUES (?, ?)");
         PreparedStatement addresses = connection.prepareStatement("INSERT INTO addresses VALUES (?, ?, ?, ?)")) {
      for (Customer customer : store.customers()) {
        customers.setLong(1, customer.id());
        customers.setLong(2, customer.createdAt().getEpochSecond());
        customers.addBatch();
        for (Address address : customer.addresses()) {
          addresses.setLong(1, customer.id());
          addresses.setString(2, address.countryCode());
          addresses.setString(3, address.provinceCode());
          addresses.setString(4, address.city());
          addresses.addBatch();
        }
      }
      customers.executeBatch();
      addresses.executeBatch();
    }
    try (PreparedStatement products = connection.prepareStatement("INSERT INTO products VALUES (?, ?)")) {
      for (Product product : store.products()) {
        products.setLong(1, product.id());
        products.setString(2, product.title());
        products.addBatch();
      }
      products.executeBatch();
    }
    copyOrders(store.orders());
  }

  private void copyOrders(List<Order> orders) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement lines = connection.prepareStatement("INSERT INTO line_items VALUES (?, ?, ?)")) {
      for (Order order : orders) {
        insert.setLong(1, order.id());
        insert.setLong(2, order.customerId());
        insert.setLong(3, order.createdAt().getEpochSecond());
        insert.setString(4, order.status().name());
        insert.setObject(5, order.cancelledAt() == null ? null : order.cancelledAt().getEpochSecond());
        insert.setInt(6, order.test() ? 1 : 0);
        insert.setLong(7, cents(order.totalPrice()));
        insert.setLong(8, cents(order.refundedAmount()));
        insert.addBatch();
        for (LineItem line : order.lineItems()) {
          lines.setLong(1, order.id());
          lines.setLong(2, line.productId());
          lines.setLong(3, line.quantity());
          lines.addBatch();
        }
      }
      insert.executeBatch();
      lines.executeBatch();
    }
  }

  private static long cents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
