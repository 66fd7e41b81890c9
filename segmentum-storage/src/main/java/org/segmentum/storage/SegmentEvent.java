package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A durable segment lifecycle event ({@code segments.create}, {@code .update} or {@code .delete}) with the
 * segment as it was after the change (as it was before, for a delete) in {@code payload}, a JSON object.
 */
public record SegmentEvent(long seq, String eventId, long shopId, WebhookTopic topic, long segmentId, String payload,
    Instant at) implements OutboxEvent {
  public SegmentEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(at, "at");
  }
}
