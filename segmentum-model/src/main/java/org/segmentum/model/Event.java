package org.segmentum.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a customer did or that happened to a customer (an email or storefront event).
 *
 * @param type the kind of event
 * @param customerId the customer
 * @param occurredAt when it happened
 * @param activityId the marketing activity (email events), null when absent
 * @param productId the product viewed, null when absent
 * @param collectionId the collection viewed, null when absent
 * @param id an identifier for de-duplication, null when absent
 */
public record Event(
    EventType type,
    long customerId,
    Instant occurredAt,
    Long activityId,
    Long productId,
    Long collectionId,
    String id) {

  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
