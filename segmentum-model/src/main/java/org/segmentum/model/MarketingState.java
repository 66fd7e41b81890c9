package org.segmentum.model;

/** Consent state of a marketing channel (customer {@code email_marketing} and {@code sms_marketing}). */
public enum MarketingState {
  SUBSCRIBED, NOT_SUBSCRIBED, PENDING, UNSUBSCRIBED, INVALID, REDACTED
}
