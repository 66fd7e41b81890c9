package org.segmentum.server;

import java.util.Objects;

/**
 * What handing one message to a mail server or a provider came to. The sender decides from it whether the
 * recipient is done, may be tried again (only when the message certainly did not arrive), or must never be
 * tried again (when it may have arrived).
 */
sealed interface Delivery {
  /** Accepted by the server or provider. */
  record Delivered() implements Delivery {
  }

  /** Refused for good (a bad address, a 5xx answer): the recipient failed. */
  record Refused(String reason) implements Delivery {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Certainly not delivered (no connection, a temporary refusal, a 5xx from a provider): try again later. */
  record NotReached(String reason) implements Delivery {
    public NotReached {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Interrupted after the message may have arrived (a timeout mid-way): never sent again. */
  record Unknown(String reason) implements Delivery {
    public Unknown {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The shop's settings cannot work (no server configured, login refused): the campaign pauses. */
  record Misconfigured(String reason) implements Delivery {
    public Misconfigured {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
