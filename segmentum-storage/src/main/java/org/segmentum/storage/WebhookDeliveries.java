package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The delivery log: every attempt to deliver an event to a webhook subscription, kept and readable. */
public final class WebhookDeliveries {
  private static final String COLUMNS = "id, webhook_id, event_id, event_seq, attempt, attempted_at, status, error, "
      + "duration_ms, outcome";
  private final Statements statements;

  WebhookDeliveries(Statements statements) {
    this.statements = statements;
  }

  /** Appends an attempt (its {@code id} is ignored and assigned). */
  public void record(DeliveryRow attempt) throws SQLException {
    statements.update("INSERT INTO webhook_deliveries (webhook_id, event_id, event_seq, attempt, attempted_at, status, "
            + "error, duration_ms, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", attempt.webhookId(),
        attempt.eventId(), attempt.eventSeq(), attempt.attempt(), attempt.attemptedAt().toEpochMilli(),
        attempt.status().isPresent() ? attempt.status().getAsInt() : null, attempt.error().orElse(null),
        attempt.durationMillis(), attempt.outcome().wireName());
  }

  /** Up to {@code limit} attempts of a subscription with an id below {@code beforeId}, newest first. */
  public List<DeliveryRow> newestFirst(long webhookId, long beforeId, int limit) throws SQLException {
    return statements.list("SELECT " + COLUMNS + " FROM webhook_deliveries WHERE webhook_id = ? AND id < ? "
        + "ORDER BY id DESC LIMIT ?", WebhookDeliveries::row, webhookId, beforeId, limit);
  }

  private static DeliveryRow row(ResultSet row) throws SQLException {
    int status = row.getInt("status");
    OptionalInt answered = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
    return new DeliveryRow(row.getLong("id"), row.getLong("webhook_id"), row.getString("event_id"),
        row.getLong("event_seq"), row.getInt("attempt"), Instant.ofEpochMilli(row.getLong("attempted_at")),
        answered, Optional.ofNullable(row.getString("error")), row.getLong("duration_ms"),
        DeliveryOutcome.parse(row.getString("outcome")));
  }
}
