package org.segmentum.storage;

import java.util.Optional;

/**
 * What a webhook subscription is about. The {@code customer.*} topics are read from the membership event
 * log, the {@code segments.*} topics from the segment lifecycle log; both logs are the outbox.
 */
public enum WebhookTopic {
  CUSTOMER_JOINED_SEGMENT("customer.joined_segment"),
  CUSTOMER_LEFT_SEGMENT("customer.left_segment"),
  SEGMENTS_CREATE("segments.create"),
  SEGMENTS_UPDATE("segments.update"),
  SEGMENTS_DELETE("segments.delete");

  private final String wireName;

  WebhookTopic(String wireName) {
    this.wireName = wireName;
  }

  /** The name on the wire and in the database, such as {@code customer.joined_segment}. */
  public String wireName() {
    return wireName;
  }

  /** The topic of a wire name (exact match); empty when there is none. */
  public static Optional<WebhookTopic> parse(String text) {
    for (WebhookTopic topic : values()) {
      if (topic.wireName.equals(text)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }
}
