package org.segmentum.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a loaded shop's store-relative scores from its stored facts (the inputs DATA.md §4 needs
 * are columns of {@code customer_facts}) and writes them back with the new as-of date. Runs inside the
 * caller's transaction. Not thread-safe.
 */
final class Rescoring {
  private final Connection connection;
  private final Dialect dialect;
  private final long shopId;

  Rescoring(Connection connection, Dialect dialect, long shopId) {
    this.connection = connection;
    this.dialect = dialect;
    this.shopId = shopId;
  }

  void run(LocalDate asOf) throws SQLException {
    Map<Long, ShopScores.Score> scores = ShopScores.compute(scoredFacts(), ZoneId.of(timezone()), asOf);
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE customer_facts SET rfm_group = ?, spend_tier = ? WHERE shop_id = ? AND customer_id = ?")) {
      for (long customer : customerIds()) {
        ShopScores.Score score = scores.getOrDefault(customer, ShopScores.UNSCORED);
        update.setString(1, score.rfmGroup());
        update.setString(2, score.spendTier());
        update.setLong(3, shopId);
        update.setLong(4, customer);
        update.addBatch();
      }
      update.executeBatch();
    }
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE shops SET scores_as_of = ? WHERE shop_id = ?")) {
      update.setObject(1, dialect == Dialect.SQLITE ? asOf.toString() : asOf);
      update.setLong(2, shopId);
      update.executeUpdate();
    }
  }

  private String timezone() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT timezone FROM shops WHERE shop_id = ?")) {
      select.setLong(1, shopId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new SqlException("no shop " + shopId);
        }
        return row.getString(1);
      }
    }
  }

  private List<ShopScores.Input> scoredFacts() throws SQLException {
    List<ShopScores.Input> scored = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT customer_id, number_of_orders, amount_spent, "
        + "first_order_at, last_order_at FROM customer_facts WHERE shop_id = ? AND number_of_orders > 0")) {
      select.setLong(1, shopId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          scored.add(new ShopScores.Input(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
              row.getLong(5)));
        }
      }
    }
    return scored;
  }

  private List<Long> customerIds() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT customer_id FROM customer_facts WHERE shop_id = ?")) {
      select.setLong(1, shopId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    return ids;
  }
}
