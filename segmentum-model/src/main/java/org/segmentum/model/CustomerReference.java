package org.segmentum.model;

import java.util.function.LongPredicate;

/** Checks the {@code customer_id} of orders, checkouts and events against the customers loaded. */
final class CustomerReference {
  private CustomerReference() {}

  /** The required {@code customer_id} if it names a known customer. */
  static long check(long customerId, LongPredicate knownCustomer) throws FieldException {
    long id = FieldReader.required(customerId, "customer_id");
    if (!knownCustomer.test(id)) {
      throw new FieldException("customer_id", "unknown customer " + id);
    }
    return id;
  }
}
