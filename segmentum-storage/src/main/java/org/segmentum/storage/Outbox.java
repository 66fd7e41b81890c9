package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The events waiting for a webhook subscription: the shop's part of its topic's log after the
 * subscription's cursor. The {@code customer.*} topics read the membership event log (joined or left), the
 * {@code segments.*} topics the segment lifecycle log; nothing is copied, the logs are the outbox.
 */
public final class Outbox {
  private static final String MEMBERSHIP_COLUMNS = "seq, event_id, shop_id, segment_id, customer_id, type, at, cause";
  private static final String SEGMENT_COLUMNS = "seq, event_id, shop_id, topic, segment_id, payload, at";
  private final Statements statements;

  Outbox(Statements statements) {
    this.statements = statements;
  }

  /** Up to {@code limit} events after the subscription's cursor, oldest first. */
  public List<OutboxEvent> after(WebhookRow webhook, int limit) throws SQLException {
    return List.copyOf(switch (webhook.topic()) {
      case CUSTOMER_JOINED_SEGMENT, CUSTOMER_LEFT_SEGMENT -> statements.list("SELECT " + MEMBERSHIP_COLUMNS
          + " FROM membership_events WHERE shop_id = ? AND seq > ? AND type = ? ORDER BY seq LIMIT ?",
          Memberships::event, webhook.shopId(), webhook.cursor(), membershipType(webhook.topic()), limit);
      case SEGMENTS_CREATE, SEGMENTS_UPDATE, SEGMENTS_DELETE -> statements.list("SELECT " + SEGMENT_COLUMNS
          + " FROM segment_events WHERE shop_id = ? AND seq > ? AND topic = ? ORDER BY seq LIMIT ?",
          Outbox::segmentEvent, webhook.shopId(), webhook.cursor(), webhook.topic().wireName(), limit);
    });
  }

  /** How many events wait for the subscription. */
  public long pending(WebhookRow webhook) throws SQLException {
    return switch (webhook.topic()) {
      case CUSTOMER_JOINED_SEGMENT, CUSTOMER_LEFT_SEGMENT -> statements.longValue("SELECT COUNT(*) FROM "
          + "membership_events WHERE shop_id = ? AND seq > ? AND type = ?", webhook.shopId(), webhook.cursor(),
          membershipType(webhook.topic()));
      case SEGMENTS_CREATE, SEGMENTS_UPDATE, SEGMENTS_DELETE -> statements.longValue("SELECT COUNT(*) FROM "
          + "segment_events WHERE shop_id = ? AND seq > ? AND topic = ?", webhook.shopId(), webhook.cursor(),
          webhook.topic().wireName());
    };
  }

  /** The cursor of "now" for a topic of a shop: the highest sequence number of its log for the shop (or 0). */
  long end(long shopId, WebhookTopic topic) throws SQLException {
    return switch (topic) {
      case CUSTOMER_JOINED_SEGMENT, CUSTOMER_LEFT_SEGMENT ->
          statements.longValue("SELECT COALESCE(MAX(seq), 0) FROM membership_events WHERE shop_id = ?", shopId);
      case SEGMENTS_CREATE, SEGMENTS_UPDATE, SEGMENTS_DELETE ->
          statements.longValue("SELECT COALESCE(MAX(seq), 0) FROM segment_events WHERE shop_id = ?", shopId);
    };
  }

  private static String membershipType(WebhookTopic topic) {
    return topic == WebhookTopic.CUSTOMER_JOINED_SEGMENT ? "joined" : "left";
  }

  static SegmentEvent segmentEvent(ResultSet row) throws SQLException {
    String text = row.getString("topic");
    WebhookTopic topic = WebhookTopic.parse(text)
        .orElseThrow(() -> new StorageException("unknown segment event topic " + text));
    return new SegmentEvent(row.getLong("seq"), row.getString("event_id"), row.getLong("shop_id"), topic,
        row.getLong("segment_id"), row.getString("payload"), Instant.ofEpochMilli(row.getLong("at")));
  }
}
