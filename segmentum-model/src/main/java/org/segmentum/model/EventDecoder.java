package org.segmentum.model;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Decodes a line of {@code events.ndjson}: {@code type}, {@code customer_id} (of a known customer)
 * and {@code occurred_at} are required; {@code id} (a string or an integer, kept as text) is optional.
 */
final class EventDecoder {
  private EventDecoder() {}

  static Event decode(FieldReader r, LongPredicate knownCustomer) throws IOException, FieldException {
    r.beginObject("event");
    EventType type = null;
    long customerId = FieldReader.NO_ID;
    Long activityId = null, productId = null, collectionId = null;
    Instant occurredAt = null;
    String id = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "type" -> type = type(r, field);
        case "customer_id" -> customerId = r.idValue(field);
        case "occurred_at" -> occurredAt = r.instant(field);
        case "activity_id" -> activityId = r.id(field);
        case "product_id" -> productId = r.id(field);
        case "collection_id" -> collectionId = r.id(field);
        case "id" -> id = eventId(r, field);
        default -> r.skip();
      }
    }
    EventType eventType = FieldReader.required(type, "type");
    long customer = CustomerReference.check(customerId, knownCustomer);
    return new Event(eventType, customer, FieldReader.required(occurredAt, "occurred_at"),
        activityId, productId, collectionId, id);
  }

  private static EventType type(FieldReader r, String field) throws IOException, FieldException {
    String text = r.string(field);
    if (text == null) {
      return null;
    }
    return EventType.ofWireName(text).orElseThrow(() -> new FieldException(field, "unknown event type "
        + WireText.quoted(text) + ", expected one of "
        + String.join(" ", Arrays.stream(EventType.values()).map(EventType::wireName).toList())));
  }

  private static String eventId(FieldReader r, String field) throws IOException, FieldException {
    return r.token() == JsonToken.VALUE_NUMBER_INT
        ? String.valueOf(r.integer(field))
        : r.string(field);
  }
}
