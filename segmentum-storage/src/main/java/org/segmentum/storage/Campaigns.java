package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The campaigns table. Status changes are conditional updates ({@code WHERE status IN (...)}), so two
 * callers racing (a pause and the sender finishing) never both win.
 */
public final class Campaigns {
  private static final String COLUMNS = "id, shop_id, name, channel, segment_id, sender, subject, body, status, "
      + "author, last_error, created_at, updated_at, started_at, finished_at";
  private final Statements statements;

  Campaigns(Statements statements) {
    this.statements = statements;
  }

  /** Adds a draft campaign. */
  public CampaignRow create(long shopId, CampaignContent content, String author, Instant now) throws SQLException {
    long id = statements.insert("INSERT INTO campaigns (shop_id, name, channel, segment_id, sender, subject, body, "
            + "status, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", shopId, content.name(),
        content.channel(), content.segmentId(), content.sender(), content.subject(), content.body(),
        CampaignStatus.DRAFT.name(), author, now.toEpochMilli(), now.toEpochMilli());
    return find(shopId, id).orElseThrow();
  }

  public Optional<CampaignRow> find(long shopId, long id) throws SQLException {
    return statements.one("SELECT " + COLUMNS + " FROM campaigns WHERE shop_id = ? AND id = ?", Campaigns::row,
        shopId, id);
  }

  /** A shop's campaigns, newest first, optionally only those in one status. */
  public List<CampaignRow> list(long shopId, Optional<CampaignStatus> status, long offset, int limit)
      throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM campaigns WHERE shop_id = ? AND (? = '' OR status = ?) "
            + "ORDER BY id DESC LIMIT ? OFFSET ?", Campaigns::row, shopId, statusText(status), statusText(status),
        limit, offset);
  }

  public long count(long shopId, Optional<CampaignStatus> status) throws SQLException {
    return statements.longValue("SELECT COUNT(*) FROM campaigns WHERE shop_id = ? AND (? = '' OR status = ?)",
        shopId, statusText(status), statusText(status));
  }

  /** Every campaign of every shop in a status (the sender's work list), oldest first. */
  public List<CampaignRow> inStatus(CampaignStatus status) throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM campaigns WHERE status = ? ORDER BY id", Campaigns::row,
        status.name());
  }

  /** Changes the content of a draft; empty when there is no such draft (gone, or sending started). */
  public Optional<CampaignRow> updateDraft(long shopId, long id, CampaignContent content, Instant now)
      throws SQLException {
    int rows = statements.update("UPDATE campaigns SET name = ?, channel = ?, segment_id = ?, sender = ?, subject = ?, "
            + "body = ?, updated_at = ? WHERE shop_id = ? AND id = ? AND status = ?", content.name(), content.channel(),
        content.segmentId(), content.sender(), content.subject(), content.body(), now.toEpochMilli(), shopId, id,
        CampaignStatus.DRAFT.name());
    return rows == 1 ? find(shopId, id) : Optional.empty();
  }

  /** Deletes a draft; false when there is no such draft. */
  public boolean deleteDraft(long shopId, long id) throws SQLException {
    return statements.update("DELETE FROM campaigns WHERE shop_id = ? AND id = ? AND status = ?", shopId, id,
        CampaignStatus.DRAFT.name()) == 1;
  }

  /**
   * Moves a campaign to {@code to} if it is in one of {@code from}; sets {@code started_at} on the way to
   * sending from a draft and {@code finished_at} on the way to an end. False when it was not in {@code from}.
   */
  public boolean transition(long id, List<CampaignStatus> from, CampaignStatus to, Instant now) throws SQLException {
    String allowed = from.stream().map(status -> "?").collect(Collectors.joining(", "));
    boolean ends = to == CampaignStatus.COMPLETED || to == CampaignStatus.CANCELLED;
    List<Object> parameters = new ArrayList<>(List.of(to.name(), now.toEpochMilli(), to.name(), now.toEpochMilli(),
        ends ? 1 : 0, now.toEpochMilli(), id));
    from.forEach(status -> parameters.add(status.name()));
    return statements.update("UPDATE campaigns SET status = ?, updated_at = ?, "
        + "started_at = CASE WHEN started_at IS NULL AND ? = 'SENDING' THEN ? ELSE started_at END, "
        + "finished_at = CASE WHEN ? = 1 THEN ? ELSE finished_at END "
        + "WHERE id = ? AND status IN (" + allowed + ")", parameters.toArray()) == 1;
  }

  /** Records the last sending problem (empty clears it). */
  public void lastError(long id, Optional<String> error) throws SQLException {
    statements.update("UPDATE campaigns SET last_error = ? WHERE id = ?", error.orElse(null), id);
  }

  private static String statusText(Optional<CampaignStatus> status) {
    return status.map(CampaignStatus::name).orElse("");
  }

  private static CampaignRow row(ResultSet row) throws SQLException {
    CampaignContent content = new CampaignContent(row.getString("name"), row.getString("channel"),
        row.getLong("segment_id"), row.getString("sender"), row.getString("subject"), row.getString("body"));
    return new CampaignRow(row.getLong("id"), row.getLong("shop_id"), content,
        CampaignStatus.valueOf(row.getString("status")), row.getString("author"),
        Optional.ofNullable(row.getString("last_error")), Instant.ofEpochMilli(row.getLong("created_at")),
        Instant.ofEpochMilli(row.getLong("updated_at")), Statements.optionalInstant(row, "started_at"),
        Statements.optionalInstant(row, "finished_at"));
  }
}
