package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The segments table. Names are unique per shop (the caller picks a free one; the schema enforces it). */
public final class Segments {
  private static final String COLUMNS =
      "id, shop_id, name, query, draft_query, author, version, created_at, updated_at";
  private final Statements statements;

  Segments(Statements statements) {
    this.statements = statements;
  }

  /** Adds a segment at version 1. */
  public SegmentRow create(long shopId, String name, String query, String author, Instant now) throws SQLException {
    statements.update("INSERT INTO segments (shop_id, name, query, author, version, created_at, updated_at) "
        + "VALUES (?, ?, ?, ?, 1, ?, ?)", shopId, name, query, author, now.toEpochMilli(), now.toEpochMilli());
    return statements.one("SELECT " + COLUMNS + " FROM segments WHERE shop_id = ? AND name = ?", Segments::row, shopId,
        name).orElseThrow();
  }

  public Optional<SegmentRow> find(long shopId, long id) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM segments WHERE shop_id = ? AND id = ?", Segments::row, shopId, id);
  }

  /** Every segment of the shop, by id. */
  public List<SegmentRow> list(long shopId) throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM segments WHERE shop_id = ? ORDER BY id", Segments::row, shopId);
  }

  /** Whether a segment of the shop other than {@code exceptId} has this name. */
  public boolean nameTaken(long shopId, String name, long exceptId) throws SQLException {
    return statements.one("SELECT 1 FROM segments WHERE shop_id = ? AND name = ? AND id <> ?", row -> 1, shopId, name,
        exceptId).isPresent();
  }

  /**
   * Writes name, query and draft of {@code changed} if the stored version is still {@code expectedVersion};
   * the version goes up by one. Empty when the segment is gone or was changed in between.
   */
  public Optional<SegmentRow> update(SegmentRow changed, int expectedVersion, Instant now) throws SQLException {
    int rows = statements.update("UPDATE segments SET name = ?, query = ?, draft_query = ?, version = version + 1, "
            + "updated_at = ? WHERE shop_id = ? AND id = ? AND version = ?", changed.name(), changed.query(),
        changed.draftQuery().orElse(null), now.toEpochMilli(), changed.shopId(), changed.id(), expectedVersion);
    return rows == 1 ? find(changed.shopId(), changed.id()) : Optional.empty();
  }

  /** Deletes a segment (its members and counts go with it); false when there was none. */
  public boolean delete(long shopId, long id) throws SQLException {
    return statements.update("DELETE FROM segments WHERE shop_id = ? AND id = ?", shopId, id) == 1;
  }

  private static SegmentRow row(ResultSet row) throws SQLException {
    return new SegmentRow(row.getLong("id"), row.getLong("shop_id"), row.getString("name"), row.getString("query"),
        Optional.ofNullable(row.getString("draft_query")), row.getString("author"), row.getInt("version"),
        Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("updated_at")));
  }
}
