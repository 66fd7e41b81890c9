package org.segmentum.model;

import java.util.Objects;

/** A decoded line of {@code customers.ndjson}: a customer to upsert, or a deletion. */
sealed interface CustomerLine {
  /** Insert or replace this customer. */
  record Upsert(Customer customer) implements CustomerLine {
    public Upsert {
      Objects.requireNonNull(customer, "customer");
    }
  }

  /** Erase the customer with this id and everything attached to it ({@code {"id": 7, "deleted": true}}). */
  record Delete(long id) implements CustomerLine {}
}
