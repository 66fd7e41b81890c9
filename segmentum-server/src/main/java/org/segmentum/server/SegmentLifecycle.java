package org.segmentum.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.time.Instant;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.Transaction;
import org.segmentum.storage.WebhookTopic;

/**
 * Logs a segment lifecycle event ({@code segments.create}, {@code .update}, {@code .delete}) inside the
 * transaction that changes the segment, with the segment's definition as the payload.
 */
final class SegmentLifecycle {
  private SegmentLifecycle() {
  }

  /** Logs the event for {@code row} and returns the row. */
  static SegmentRow logged(Transaction tx, WebhookTopic topic, SegmentRow row, Instant at) throws SQLException {
    try {
      String payload = Json.MAPPER.writeValueAsString(Views.segmentDefinition(row));
      tx.segmentEvents().append(row.shopId(), topic, row.id(), payload, at);
      return row;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a segment event", e);
    }
  }
}
