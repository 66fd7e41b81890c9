package org.segmentum.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer joined or left a segment: when, why ({@code cause}: the change or "time"), and a sequence
 * number that increases by one per event of the shop, so that consumers can order and de-duplicate.
 */
public record MembershipEvent(long sequence, String segment, long customerId, Instant at, Type type, String cause) {
  /** Joined or left. */
  public enum Type { JOINED, LEFT }

  public MembershipEvent {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(cause, "cause");
  }
}
