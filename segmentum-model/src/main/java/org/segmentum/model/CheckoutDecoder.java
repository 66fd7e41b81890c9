package org.segmentum.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.LongPredicate;

/**
 * Decodes a line of {@code checkouts.ndjson}: {@code id}, {@code customer_id} (of a known customer)
 * and {@code created_at} are required; {@code completed_at} and {@code total_price} optional.
 */
final class CheckoutDecoder {
  private CheckoutDecoder() {}

  static Checkout decode(FieldReader r, LongPredicate knownCustomer) throws IOException, FieldException {
    r.beginObject("checkout");
    long id = FieldReader.NO_ID, customerId = FieldReader.NO_ID;
    Instant createdAt = null, completedAt = null;
    BigDecimal totalPrice = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "id" -> id = r.idValue(field);
        case "customer_id" -> customerId = r.idValue(field);
        case "created_at" -> createdAt = r.instant(field);
        case "completed_at" -> completedAt = r.instant(field);
        case "total_price" -> totalPrice = r.decimal(field);
        default -> r.skip();
      }
    }
    long checkoutId = FieldReader.required(id, "id");
    long customer = CustomerReference.check(customerId, knownCustomer);
    return new Checkout(checkoutId, customer, FieldReader.required(createdAt, "created_at"), completedAt, totalPrice);
  }
}
