package org.segmentum.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The recipients of campaigns and the steps that make sending happen at most once per recipient: recorded
 * {@code PENDING}; committed as {@code ATTEMPTING} (only while the campaign is sending) before the message
 * leaves; then finished. After a restart, what is still {@code ATTEMPTING} becomes {@code UNCERTAIN} and is
 * never picked again.
 */
public final class CampaignRecipients {
  private static final String COLUMNS =
      "campaign_id, customer_id, address, status, attempts, recorded_at, attempted_at, finished_at, error";
  private final Statements statements;

  CampaignRecipients(Statements statements) {
    this.statements = statements;
  }

  /** Records recipients as {@code PENDING} (a customer already recorded for the campaign is left as it is). */
  public void addAll(long campaignId, List<NewRecipient> recipients, Instant now) throws SQLException {
    try (PreparedStatement insert = statements.connection().prepareStatement("INSERT INTO campaign_recipients ("
        + "campaign_id, customer_id, address, status, attempts, recorded_at) VALUES (?, ?, ?, ?, 0, ?) "
        + "ON CONFLICT DO NOTHING")) {
      int batched = 0;
      for (NewRecipient recipient : recipients) {
        Statements.bind(insert, campaignId, recipient.customerId(), recipient.address(),
            RecipientStatus.PENDING.name(), now.toEpochMilli());
        insert.addBatch();
        if (++batched % 1_000 == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** The pending recipient with the lowest customer id. */
  public Optional<RecipientRow> nextPending(long campaignId) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM campaign_recipients WHERE campaign_id = ? AND status = ? "
        + "ORDER BY customer_id LIMIT 1", CampaignRecipients::row, campaignId, RecipientStatus.PENDING.name());
  }

  public Optional<RecipientRow> find(long campaignId, long customerId) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM campaign_recipients WHERE campaign_id = ? AND customer_id = ?",
        CampaignRecipients::row, campaignId, customerId);
  }

  /**
   * Marks a pending recipient as being sent to {@code address} (the customer's address now), if the campaign
   * is still sending (so a pause or a cancel committed before stops the next message). Commit this before
   * sending; false means "do not send".
   */
  public boolean markAttempting(long campaignId, long customerId, String address, Instant now) throws SQLException {
    return statements.update("UPDATE campaign_recipients SET status = ?, address = ?, attempts = attempts + 1, "
            + "attempted_at = ? WHERE campaign_id = ? AND customer_id = ? AND status = ? "
            + "AND EXISTS (SELECT 1 FROM campaigns WHERE id = ? AND status = ?)", RecipientStatus.ATTEMPTING.name(),
        address, now.toEpochMilli(), campaignId, customerId, RecipientStatus.PENDING.name(), campaignId,
        CampaignStatus.SENDING.name()) == 1;
  }

  /** Ends an attempt: {@code SENT}, {@code FAILED} or {@code UNCERTAIN}, with the error if any. */
  public void finishAttempt(long campaignId, long customerId, RecipientStatus outcome, Optional<String> error,
      Instant now) throws SQLException {
    statements.update("UPDATE campaign_recipients SET status = ?, finished_at = ?, error = ? WHERE campaign_id = ? "
            + "AND customer_id = ? AND status = ?", outcome.name(), now.toEpochMilli(), error.orElse(null), campaignId,
        customerId, RecipientStatus.ATTEMPTING.name());
  }

  /** An attempt that certainly did not reach anyone (the server was not reachable): pending again. */
  public void retryLater(long campaignId, long customerId, String error) throws SQLException {
    statements.update("UPDATE campaign_recipients SET status = ?, error = ? WHERE campaign_id = ? AND customer_id = ? "
        + "AND status = ?", RecipientStatus.PENDING.name(), error, campaignId, customerId,
        RecipientStatus.ATTEMPTING.name());
  }

  /** Skips a pending recipient (no longer reachable on the channel) with the reason. */
  public void skip(long campaignId, long customerId, String reason, Instant now) throws SQLException {
    statements.update("UPDATE campaign_recipients SET status = ?, finished_at = ?, error = ? WHERE campaign_id = ? "
            + "AND customer_id = ? AND status = ?", RecipientStatus.SKIPPED.name(), now.toEpochMilli(), reason,
        campaignId, customerId, RecipientStatus.PENDING.name());
  }

  /** Skips every pending recipient of a campaign (it was cancelled); returns how many. */
  public int skipAllPending(long campaignId, String reason, Instant now) throws SQLException {
    return statements.update("UPDATE campaign_recipients SET status = ?, finished_at = ?, error = ? "
            + "WHERE campaign_id = ? AND status = ?", RecipientStatus.SKIPPED.name(), now.toEpochMilli(), reason,
        campaignId, RecipientStatus.PENDING.name());
  }

  /**
   * At start, before anything is sent: every recipient left {@code ATTEMPTING} by a process that stopped
   * while sending becomes {@code UNCERTAIN} (it may have been reached; it is not sent again). Returns how many.
   */
  public int markInterrupted(Instant now) throws SQLException {
    return statements.update("UPDATE campaign_recipients SET status = ?, finished_at = ?, error = ? WHERE status = ?",
        RecipientStatus.UNCERTAIN.name(), now.toEpochMilli(),
        "the service stopped while this message was being sent; it is not sent again",
        RecipientStatus.ATTEMPTING.name());
  }

  /** How many recipients are in each status (every status present, zero when none). */
  public Map<RecipientStatus, Long> counts(long campaignId) throws SQLException {
    Map<RecipientStatus, Long> counts = new EnumMap<>(RecipientStatus.class);
    for (RecipientStatus status : RecipientStatus.values()) {
      counts.put(status, 0L);
    }
    statements.list("SELECT status, COUNT(*) FROM campaign_recipients WHERE campaign_id = ? GROUP BY status",
        row -> counts.put(RecipientStatus.valueOf(row.getString(1)), row.getLong(2)), campaignId);
    return counts;
  }

  /** One page of recipients by customer id, optionally only those in one status. */
  public List<RecipientRow> page(long campaignId, Optional<RecipientStatus> status, long offset, int limit)
      throws SQLException {
    String text = status.map(RecipientStatus::name).orElse("");
    return statements.list("SELECT " + COLUMNS + " FROM campaign_recipients WHERE campaign_id = ? "
            + "AND (? = '' OR status = ?) ORDER BY customer_id LIMIT ? OFFSET ?", CampaignRecipients::row, campaignId,
        text, text, limit, offset);
  }

  /** Streams every recipient of a campaign by customer id, without holding them all in memory. */
  public void forEach(long campaignId, Consumer<RecipientRow> action) throws SQLException {
    try (PreparedStatement statement = statements.connection().prepareStatement("SELECT " + COLUMNS
        + " FROM campaign_recipients WHERE campaign_id = ? ORDER BY customer_id")) {
      statement.setFetchSize(1_000);
      Statements.bind(statement, campaignId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          action.accept(row(rows));
        }
      }
    }
  }

  /** Replaces the address of an erased customer in every campaign of the shop. */
  void erase(long shopId, long customerId) throws SQLException {
    statements.update("UPDATE campaign_recipients SET address = '(erased)' WHERE customer_id = ? AND campaign_id IN "
        + "(SELECT id FROM campaigns WHERE shop_id = ?)", customerId, shopId);
  }

  private static RecipientRow row(ResultSet row) throws SQLException {
    return new RecipientRow(row.getLong("campaign_id"), row.getLong("customer_id"), row.getString("address"),
        RecipientStatus.valueOf(row.getString("status")), row.getInt("attempts"),
        Instant.ofEpochMilli(row.getLong("recorded_at")), Statements.optionalInstant(row, "attempted_at"),
        Statements.optionalInstant(row, "finished_at"), java.util.Optional.ofNullable(row.getString("error")));
  }
}
