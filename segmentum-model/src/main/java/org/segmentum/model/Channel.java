package org.segmentum.model;

/** A messaging channel a customer can be reached on (customer {@code channels}). */
public enum Channel {
  EMAIL, SMS, MESSENGER, VIBER, WHATSAPP, PUSH
}
