package org.segmentum.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.segmentum.storage.OutboxEvent;
import org.segmentum.storage.SegmentEvent;
import org.segmentum.storage.StoredEvent;
import org.segmentum.storage.WebhookTopic;

/**
 * The JSON body of a delivery, made from the logged event alone (so every attempt sends the same bytes):
 * {@code id} (the event id), {@code topic}, {@code shop_id}, {@code created_at} (when it happened) and
 * {@code data}: the segment and customer of a membership change, or the segment of a lifecycle event.
 */
final class WebhookPayloads {
  private WebhookPayloads() {
  }

  static byte[] body(WebhookTopic topic, OutboxEvent event) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("id", event.eventId());
    body.put("topic", topic.wireName());
    body.put("shop_id", event.shopId());
    body.put("created_at", event.at().toString());
    ObjectNode data = body.putObject("data");
    switch (event) {
      case StoredEvent change -> {
        data.put("segment_id", change.segmentId());
        data.put("customer_id", change.customerId());
        data.put("cause", change.cause());
        data.put("cursor", Long.toString(change.seq()));
      }
      case SegmentEvent lifecycle -> data.set("segment", parse(lifecycle.payload()));
    }
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a webhook body", e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a logged segment event is not JSON", e);
    }
  }
}
