package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The shops table. */
public final class Shops {
  private static final String COLUMNS = "id, name, timezone, currency, created_at";
  private final Statements statements;

  Shops(Statements statements) {
    this.statements = statements;
  }

  /** Adds a shop; false when a shop with its id exists already (nothing is changed then). */
  public boolean create(ShopRow shop) throws SQLException {
    if (find(shop.id()).isPresent()) {
      return false;
    }
    statements.update("INSERT INTO shops (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", shop.id(), shop.name(),
        shop.timezone().getId(), shop.currency(), shop.createdAt().toEpochMilli());
    return true;
  }

  public Optional<ShopRow> find(long id) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM shops WHERE id = ?", Shops::row, id);
  }

  /** Every shop, by id. */
  public List<ShopRow> list() throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM shops ORDER BY id", Shops::row);
  }

  private static ShopRow row(ResultSet row) throws SQLException {
    return new ShopRow(row.getLong("id"), row.getString("name"), ZoneId.of(row.getString("timezone")),
        row.getString("currency"), Instant.ofEpochMilli(row.getLong("created_at")));
  }
}
