package org.segmentum.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The store records of every shop, as exchange-format JSON keyed by kind and id. An upsert replaces the
 * stored record unless the stored one is newer ({@code updated_at}), in which case it is stale and ignored.
 */
public final class Records {
  private final Statements statements;

  Records(Statements statements) {
    this.statements = statements;
  }

  /** Stores a record; see {@link UpsertOutcome}. */
  public UpsertOutcome upsert(long shopId, StoredRecord record) throws SQLException {
    var existing = statements.one("SELECT updated_at FROM records WHERE shop_id = ? AND kind = ? AND record_key = ?",
        row -> {
          long value = row.getLong(1);
          return row.wasNull() ? Long.MIN_VALUE : value;
        }, shopId, record.kind().column(), record.key());
    Long customer = record.customerId().isPresent() ? record.customerId().getAsLong() : null;
    Long updated = record.updatedAt().isPresent() ? record.updatedAt().getAsLong() : null;
    if (existing.isEmpty()) {
      statements.update("INSERT INTO records (shop_id, kind, record_key, customer_id, updated_at, body) "
          + "VALUES (?, ?, ?, ?, ?, ?)", shopId, record.kind().column(), record.key(), customer, updated, record.body());
      return UpsertOutcome.LOADED;
    }
    if (updated != null && existing.get() > updated) {
      return UpsertOutcome.STALE;
    }
    statements.update("UPDATE records SET customer_id = ?, updated_at = ?, body = ? "
        + "WHERE shop_id = ? AND kind = ? AND record_key = ?", customer, updated, record.body(), shopId,
        record.kind().column(), record.key());
    return UpsertOutcome.REPLACED;
  }

  /**
   * Stores records in order, as {@link #upsert} would one by one (a later record of the same key sees the
   * earlier one), with statements prepared once for the whole list.
   */
  public java.util.List<UpsertOutcome> upsertAll(long shopId, java.util.List<StoredRecord> records) throws SQLException {
    java.util.List<UpsertOutcome> outcomes = new java.util.ArrayList<>(records.size());
    java.util.Map<String, Long> seen = new java.util.HashMap<>();
    var connection = statements.connection();
    try (PreparedStatement select = connection.prepareStatement(
             "SELECT updated_at FROM records WHERE shop_id = ? AND kind = ? AND record_key = ?");
         PreparedStatement insert = connection.prepareStatement("INSERT INTO records (shop_id, kind, record_key, "
             + "customer_id, updated_at, body) VALUES (?, ?, ?, ?, ?, ?)");
         PreparedStatement update = connection.prepareStatement("UPDATE records SET customer_id = ?, updated_at = ?, "
             + "body = ? WHERE shop_id = ? AND kind = ? AND record_key = ?")) {
      for (StoredRecord record : records) {
        String seenKey = record.kind().column() + "/" + record.key();
        Long customer = record.customerId().isPresent() ? record.customerId().getAsLong() : null;
        Long updated = record.updatedAt().isPresent() ? record.updatedAt().getAsLong() : null;
        Long existing = seen.containsKey(seenKey) ? seen.get(seenKey) : storedUpdatedAt(select, shopId, record);
        if (existing == null) {
          Statements.bind(insert, shopId, record.kind().column(), record.key(), customer, updated, record.body());
          insert.executeUpdate();
          outcomes.add(UpsertOutcome.LOADED);
        } else if (updated != null && existing != Long.MIN_VALUE && existing > updated) {
          outcomes.add(UpsertOutcome.STALE);
          continue;
        } else {
          Statements.bind(update, customer, updated, record.body(), shopId, record.kind().column(), record.key());
          update.executeUpdate();
          outcomes.add(UpsertOutcome.REPLACED);
        }
        seen.put(seenKey, updated == null ? Long.MIN_VALUE : updated);
      }
    }
    return outcomes;
  }

  /** The stored {@code updated_at} of a record (MIN_VALUE when it has none), or null when it is not stored. */
  private static Long storedUpdatedAt(PreparedStatement select, long shopId, StoredRecord record) throws SQLException {
    Statements.bind(select, shopId, record.kind().column(), record.key());
    try (java.sql.ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return null;
      }
      long value = row.getLong(1);
      return row.wasNull() ? Long.MIN_VALUE : value;
    }
  }

  /**
   * Stores many records as one batch, with {@link #upsert}'s rule (a stored record newer than the given one
   * stays) but without an outcome per record: for bulk loads, such as a new shop's first data.
   */
  public void upsertBatch(long shopId, List<StoredRecord> records) throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = statements.connection().prepareStatement(
        "INSERT INTO records (shop_id, kind, record_key, customer_id, updated_at, body) VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (shop_id, kind, record_key) DO UPDATE SET customer_id = excluded.customer_id, "
            + "updated_at = excluded.updated_at, body = excluded.body WHERE records.updated_at IS NULL "
            + "OR excluded.updated_at IS NULL OR records.updated_at <= excluded.updated_at")) {
      for (StoredRecord record : records) {
        Long customer = record.customerId().isPresent() ? record.customerId().getAsLong() : null;
        Long updated = record.updatedAt().isPresent() ? record.updatedAt().getAsLong() : null;
        Statements.bind(insert, shopId, record.kind().column(), record.key(), customer, updated, record.body());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Erases a customer and every record attached to it (the addresses campaigns were sent to included); false
   * when there was no such customer.
   */
  public boolean deleteCustomer(long shopId, long customerId) throws SQLException {
    int customers = statements.update("DELETE FROM records WHERE shop_id = ? AND kind = ? AND record_key = ?", shopId,
        RecordKind.CUSTOMER.column(), Long.toString(customerId));
    statements.update("DELETE FROM records WHERE shop_id = ? AND customer_id = ?", shopId, customerId);
    new CampaignRecipients(statements).erase(shopId, customerId);
    return customers > 0;
  }

  public long count(long shopId, RecordKind kind) throws SQLException {
    return statements.longValue("SELECT COUNT(*) FROM records WHERE shop_id = ? AND kind = ?", shopId, kind.column());
  }

  /** Streams the bodies of a kind, in key order, without holding them all in memory. */
  public void forEach(long shopId, RecordKind kind, Consumer<String> body) throws SQLException {
    try (PreparedStatement statement = statements.connection().prepareStatement(
        "SELECT body FROM records WHERE shop_id = ? AND kind = ? ORDER BY record_key")) {
      statement.setFetchSize(1_000);
      Statements.bind(statement, shopId, kind.column());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          body.accept(rows.getString(1));
        }
      }
    }
  }
}
