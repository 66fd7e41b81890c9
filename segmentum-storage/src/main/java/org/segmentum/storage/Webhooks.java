package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook subscriptions. A new subscription starts at the end of its topic's log (it receives what
 * happens from then on). Moving the cursor and recording a failure are conditional on the cursor the
 * caller read, so two dispatchers can never move one subscription twice.
 */
public final class Webhooks {
  private static final String COLUMNS = "id, shop_id, topic, url, secret, created_at, active, cursor_seq, "
      + "failed_attempts, failing_since, next_attempt_at";
  private final Statements statements;

  Webhooks(Statements statements) {
    this.statements = statements;
  }

  /** Adds an active subscription whose cursor is the current end of the topic's log for the shop. */
  public WebhookRow create(long shopId, WebhookTopic topic, String url, String secret, Instant now)
      throws SQLException {
    long cursor = new Outbox(statements).end(shopId, topic);
    statements.update("INSERT INTO webhooks (shop_id, topic, url, secret, created_at, active, cursor_seq, "
        + "failed_attempts) VALUES (?, ?, ?, ?, ?, 1, ?, 0)", shopId, topic.wireName(), url, secret,
        now.toEpochMilli(), cursor);
    return statements.one("SELECT " + COLUMNS + " FROM webhooks WHERE shop_id = ? AND secret = ?", Webhooks::row,
        shopId, secret).orElseThrow();
  }

  /** An active subscription of the shop. */
  public Optional<WebhookRow> find(long shopId, long id) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM webhooks WHERE shop_id = ? AND id = ? AND active = 1",
        Webhooks::row, shopId, id);
  }

  /** The active subscriptions of a shop, by id. */
  public List<WebhookRow> list(long shopId) throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM webhooks WHERE shop_id = ? AND active = 1 ORDER BY id",
        Webhooks::row, shopId);
  }

  /** Every active subscription of every shop, by id (what a dispatcher works through). */
  public List<WebhookRow> active() throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM webhooks WHERE active = 1 ORDER BY id", Webhooks::row);
  }

  /** Stops a subscription (its delivery log stays); false when there is no such active subscription. */
  public boolean deactivate(long shopId, long id) throws SQLException {
    return statements.update("UPDATE webhooks SET active = 0, next_attempt_at = NULL WHERE shop_id = ? AND id = ? "
        + "AND active = 1", shopId, id) == 1;
  }

  /**
   * Moves the cursor from {@code fromCursor} to {@code toSeq} (the event is delivered or given up) and
   * clears the retry state; false when the cursor was not {@code fromCursor} any more or the subscription
   * was stopped.
   */
  public boolean advance(long id, long fromCursor, long toSeq) throws SQLException {
    return statements.update("UPDATE webhooks SET cursor_seq = ?, failed_attempts = 0, failing_since = NULL, "
        + "next_attempt_at = NULL WHERE id = ? AND cursor_seq = ? AND active = 1", toSeq, id, fromCursor) == 1;
  }

  /** Records that the event after {@code cursor} failed again; false when the cursor moved or it was stopped. */
  public boolean failed(long id, long cursor, int failedAttempts, Instant failingSince, Instant nextAttemptAt)
      throws SQLException {
    return statements.update("UPDATE webhooks SET failed_attempts = ?, failing_since = ?, next_attempt_at = ? "
        + "WHERE id = ? AND cursor_seq = ? AND active = 1", failedAttempts, failingSince.toEpochMilli(),
        nextAttemptAt.toEpochMilli(), id, cursor) == 1;
  }

  private static WebhookRow row(ResultSet row) throws SQLException {
    String text = row.getString("topic");
    WebhookTopic topic = WebhookTopic.parse(text)
        .orElseThrow(() -> new StorageException("unknown webhook topic " + text));
    return new WebhookRow(row.getLong("id"), row.getLong("shop_id"), topic, row.getString("url"),
        row.getString("secret"), Instant.ofEpochMilli(row.getLong("created_at")), row.getInt("active") == 1,
        row.getLong("cursor_seq"), row.getInt("failed_attempts"), instant(row, "failing_since"),
        instant(row, "next_attempt_at"));
  }

  private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(Statements.nullableLong(row, column)).map(Instant::ofEpochMilli);
  }
}
