package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The feed tokens of segments (hashes only). A token is found by the hash of the presented secret and
 * the hashes are then compared in constant time; a revoked or expired token is never returned as usable.
 * Deleting a segment deletes its feeds.
 */
public final class FeedTokens {
  private static final String COLUMNS = "id, shop_id, segment_id, label, token_hash, fields, created_at, expires_at, "
      + "revoked_at, use_count, last_used_at, last_used_from";
  private final Statements statements;

  FeedTokens(Statements statements) {
    this.statements = statements;
  }

  /** Stores a new feed by the hash of its secret; {@code fields} are names without commas. */
  public FeedRow create(long shopId, long segmentId, String label, List<String> fields, String tokenHash,
      Instant now, Optional<Instant> expiresAt) throws SQLException {
    for (String field : fields) {
      if (field.isEmpty() || field.contains(",")) {
        throw new IllegalArgumentException("a feed field name must be non-empty and free of commas: '" + field + "'");
      }
    }
    statements.update("INSERT INTO feed_tokens (shop_id, segment_id, label, token_hash, fields, created_at, expires_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)", shopId, segmentId, label, tokenHash, String.join(",", fields),
        now.toEpochMilli(), expiresAt.map(Instant::toEpochMilli).orElse(null));
    return statements.one("SELECT " + COLUMNS + " FROM feed_tokens WHERE token_hash = ?", FeedTokens::row, tokenHash)
        .orElseThrow();
  }

  /** The feed with this token hash that is neither revoked nor expired at {@code now}. */
  public Optional<FeedRow> findUsable(String tokenHash, Instant now) throws SQLException {
    List<FeedRow> rows = statements.list("SELECT " + COLUMNS + " FROM feed_tokens WHERE token_hash = ? "
            + "AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)",
        row -> Secrets.sameHash(row.getString("token_hash"), tokenHash) ? row(row) : null, tokenHash,
        now.toEpochMilli());
    return rows.stream().filter(Objects::nonNull).findFirst();
  }

  /** One feed of a segment of the shop, revoked or not. */
  public Optional<FeedRow> find(long shopId, long segmentId, long id) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM feed_tokens WHERE shop_id = ? AND segment_id = ? AND id = ?",
        FeedTokens::row, shopId, segmentId, id);
  }

  /** Every feed of a segment of the shop, revoked ones included, by id. */
  public List<FeedRow> list(long shopId, long segmentId) throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM feed_tokens WHERE shop_id = ? AND segment_id = ? ORDER BY id",
        FeedTokens::row, shopId, segmentId);
  }

  /** Revokes a feed of a segment of the shop; false when there is no such unrevoked feed. */
  public boolean revoke(long shopId, long segmentId, long id, Instant now) throws SQLException {
    return statements.update("UPDATE feed_tokens SET revoked_at = ? WHERE shop_id = ? AND segment_id = ? AND id = ? "
        + "AND revoked_at IS NULL", now.toEpochMilli(), shopId, segmentId, id) == 1;
  }

  /** Counts one use of a feed, with its time and the caller's address. */
  public void recordUse(long id, Instant now, String from) throws SQLException {
    statements.update("UPDATE feed_tokens SET use_count = use_count + 1, last_used_at = ?, last_used_from = ? "
        + "WHERE id = ?", now.toEpochMilli(), from, id);
  }

  private static FeedRow row(ResultSet row) throws SQLException {
    String fields = row.getString("fields");
    return new FeedRow(row.getLong("id"), row.getLong("shop_id"), row.getLong("segment_id"), row.getString("label"),
        fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")), Instant.ofEpochMilli(row.getLong("created_at")),
        instant(row, "expires_at"), instant(row, "revoked_at"), row.getLong("use_count"), instant(row, "last_used_at"),
        Optional.ofNullable(row.getString("last_used_from")));
  }

  private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(Statements.nullableLong(row, column)).map(Instant::ofEpochMilli);
  }
}
