package org.segmentum.storage;

import java.util.Locale;

/** How one delivery attempt ended. */
public enum DeliveryOutcome {
  /** The receiver answered 2xx; the subscription moved past the event. */
  DELIVERED,
  /** No answer or not a 2xx; the event is tried again later. */
  FAILED,
  /** Failed, and the event had been failing for longer than the retry window; the subscription moved on. */
  GIVEN_UP;

  /** {@code delivered}, {@code failed} or {@code given_up}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static DeliveryOutcome parse(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT));
  }
}
