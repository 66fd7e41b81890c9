package org.segmentum.model;

import java.util.Objects;
import java.util.Optional;

/** Kinds of customer events; each has the dotted name of the exchange format (e.g. {@code email.opened}). */
public enum EventType {
  EMAIL_DELIVERED("email.delivered"),
  EMAIL_OPENED("email.opened"),
  EMAIL_CLICKED("email.clicked"),
  EMAIL_BOUNCED("email.bounced"),
  EMAIL_MARKED_AS_SPAM("email.marked_as_spam"),
  EMAIL_UNSUBSCRIBED("email.unsubscribed"),
  STOREFRONT_PRODUCT_VIEWED("storefront.product_viewed"),
  STOREFRONT_COLLECTION_VIEWED("storefront.collection_viewed");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  /** The spelling of the exchange format, e.g. {@code storefront.product_viewed}. */
  public String wireName() {
    return wireName;
  }

  /** Whether this is an email event (which carries an {@code activity_id}). */
  public boolean isEmail() {
    return wireName.startsWith("email.");
  }

  /** The type spelled as in the exchange format, if there is one (case-sensitive). */
  public static Optional<EventType> ofWireName(String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    for (EventType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
