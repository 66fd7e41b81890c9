package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The API tokens table (hashes only). */
public final class ApiTokens {
  private static final String COLUMNS = "id, shop_id, name, scopes, token_hash, created_at, last_used_at, revoked_at";
  private final Statements statements;

  ApiTokens(Statements statements) {
    this.statements = statements;
  }

  /** Stores a new token by the hash of its secret; returns its row. */
  public TokenRow create(long shopId, String name, Set<Scope> scopes, String tokenHash, Instant now)
      throws SQLException {
    String scopeText = scopes.stream().sorted().map(Scope::wireName).collect(Collectors.joining(","));
    statements.update("INSERT INTO api_tokens (shop_id, name, scopes, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        shopId, name, scopeText, tokenHash, now.toEpochMilli());
    return statements.one("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ?", ApiTokens::row, tokenHash)
        .orElseThrow();
  }

  /** The unrevoked token with this hash, compared in constant time after the indexed lookup. */
  public Optional<TokenRow> findActive(String tokenHash) throws SQLException {
    List<TokenRow> rows = statements.list("SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
        row -> Secrets.sameHash(row.getString("token_hash"), tokenHash) ? row(row) : null, tokenHash);
    return rows.stream().filter(java.util.Objects::nonNull).findFirst();
  }

  public List<TokenRow> list(long shopId) throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM api_tokens WHERE shop_id = ? ORDER BY id", ApiTokens::row,
        shopId);
  }

  /** Revokes a token of the shop; false when there is no such active token. */
  public boolean revoke(long shopId, long id, Instant now) throws SQLException {
    return statements.update("UPDATE api_tokens SET revoked_at = ? WHERE shop_id = ? AND id = ? AND revoked_at IS NULL",
        now.toEpochMilli(), shopId, id) == 1;
  }

  public void touch(long id, Instant now) throws SQLException {
    statements.update("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", now.toEpochMilli(), id);
  }

  private static TokenRow row(ResultSet row) throws SQLException {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    Arrays.stream(row.getString("scopes").split(",")).map(Scope::parse).flatMap(Optional::stream).forEach(scopes::add);
    Long lastUsed = Statements.nullableLong(row, "last_used_at");
    Long revoked = Statements.nullableLong(row, "revoked_at");
    return new TokenRow(row.getLong("id"), row.getLong("shop_id"), row.getString("name"), scopes,
        Instant.ofEpochMilli(row.getLong("created_at")), Optional.ofNullable(lastUsed).map(Instant::ofEpochMilli),
        Optional.ofNullable(revoked).map(Instant::ofEpochMilli));
  }
}
