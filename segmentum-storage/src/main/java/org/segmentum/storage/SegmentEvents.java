package org.segmentum.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * The segment lifecycle log: one row per created, changed or deleted segment, written in the transaction
 * of the change itself, so a change is never without its event and an event never without its change.
 */
public final class SegmentEvents {
  private final Statements statements;

  SegmentEvents(Statements statements) {
    this.statements = statements;
  }

  /** Logs a lifecycle event ({@code topic} is one of the {@code segments.*} topics) with its JSON payload. */
  public SegmentEvent append(long shopId, WebhookTopic topic, long segmentId, String payload, Instant at)
      throws SQLException {
    switch (topic) {
      case SEGMENTS_CREATE, SEGMENTS_UPDATE, SEGMENTS_DELETE -> {
        // a lifecycle topic
      }
      case CUSTOMER_JOINED_SEGMENT, CUSTOMER_LEFT_SEGMENT ->
          throw new IllegalArgumentException(topic.wireName() + " is not a segment lifecycle topic");
    }
    String eventId = UUID.randomUUID().toString();
    statements.update("INSERT INTO segment_events (shop_id, event_id, topic, segment_id, payload, at) "
        + "VALUES (?, ?, ?, ?, ?, ?)", shopId, eventId, topic.wireName(), segmentId, payload, at.toEpochMilli());
    return statements.one("SELECT seq, event_id, shop_id, topic, segment_id, payload, at FROM segment_events "
        + "WHERE event_id = ?", Outbox::segmentEvent, eventId).orElseThrow();
  }
}
