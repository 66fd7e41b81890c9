package org.segmentum.storage;

import java.time.Instant;

/**
 * An event waiting in the outbox of a webhook subscription: a membership change or a segment lifecycle
 * event. {@code seq} orders it within its log (the subscription's cursor), {@code eventId} is unique.
 */
public sealed interface OutboxEvent permits StoredEvent, SegmentEvent {
  long seq();

  String eventId();

  long shopId();

  Instant at();
}
