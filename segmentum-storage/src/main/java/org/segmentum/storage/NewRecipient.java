package org.segmentum.storage;

import java.util.Objects;

/** A recipient to record when a campaign starts sending: the customer and the address resolved then. */
public record NewRecipient(long customerId, String address) {
  public NewRecipient {
    Objects.requireNonNull(address, "address");
  }
}
