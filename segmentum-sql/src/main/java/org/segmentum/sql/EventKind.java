package org.segmentum.sql;

/**
 * The event functions of LANGUAGE.md §6.2: the stored event type, the key column the function's key
 * parameter compares, and that parameter's name.
 */
enum EventKind {
  EMAIL_OPENED("shopify_email.opened", "email.opened"),
  EMAIL_CLICKED("shopify_email.clicked", "email.clicked"),
  EMAIL_DELIVERED("shopify_email.delivered", "email.delivered"),
  EMAIL_BOUNCED("shopify_email.bounced", "email.bounced"),
  EMAIL_MARKED_AS_SPAM("shopify_email.marked_as_spam", "email.marked_as_spam"),
  EMAIL_UNSUBSCRIBED("shopify_email.unsubscribed", "email.unsubscribed"),
  PRODUCT_VIEWED("storefront.product_viewed", "storefront.product_viewed"),
  COLLECTION_VIEWED("storefront.collection_viewed", "storefront.collection_viewed");

  private final String function;
  private final String wireName;

  EventKind(String function, String wireName) {
    this.function = function;
    this.wireName = wireName;
  }

  static EventKind of(String function) {
    for (EventKind kind : values()) {
      if (kind.function.equals(function)) {
        return kind;
      }
    }
    throw new SqlException("unknown filter " + function);
  }

  /** The {@code events.event_type} value (the exchange format's name). */
  String wireName() {
    return wireName;
  }

  String keyColumn() {
    return switch (this) {
      case PRODUCT_VIEWED -> "e.product_id";
      case COLLECTION_VIEWED -> "e.collection_id";
      case EMAIL_OPENED, EMAIL_CLICKED, EMAIL_DELIVERED, EMAIL_BOUNCED, EMAIL_MARKED_AS_SPAM, EMAIL_UNSUBSCRIBED ->
          "e.activity_id";
    };
  }

  String keyParameter() {
    return this == PRODUCT_VIEWED || this == COLLECTION_VIEWED ? "id" : "activity_id";
  }
}
