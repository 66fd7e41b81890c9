package org.segmentum.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Decodes a line of {@code orders.ndjson}: {@code id}, {@code customer_id} (of a known customer),
 * {@code created_at} and {@code total_price} are required; {@code status} defaults to PAID,
 * {@code test} to false, {@code refunded_amount} to 0.
 */
final class OrderDecoder {
  private OrderDecoder() {}

  static Order decode(FieldReader r, LongPredicate knownCustomer) throws IOException, FieldException {
    r.beginObject("order");
    long id = FieldReader.NO_ID, customerId = FieldReader.NO_ID;
    Long locationId = null, appId = null;
    Instant createdAt = null, cancelledAt = null;
    OrderStatus status = null;
    Boolean test = null;
    BigDecimal totalPrice = null, refundedAmount = null;
    List<LineItem> lineItems = List.of();
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "id" -> id = r.idValue(field);
        case "customer_id" -> customerId = r.idValue(field);
        case "created_at" -> createdAt = r.instant(field);
        case "status" -> status = r.enumValue(field, OrderStatus.class);
        case "cancelled_at" -> cancelledAt = r.instant(field);
        case "test" -> test = r.bool(field);
        case "total_price" -> totalPrice = r.decimal(field);
        case "refunded_amount" -> refundedAmount = r.decimal(field);
        case "location_id" -> locationId = r.sharedId(field);
        case "app_id" -> appId = r.sharedId(field);
        case "line_items" -> lineItems = r.list(field, f -> lineItem(r, f));
        default -> r.skip();
      }
    }
    long orderId = FieldReader.required(id, "id");
    long customer = CustomerReference.check(customerId, knownCustomer);
    return new Order(orderId, customer, FieldReader.required(createdAt, "created_at"),
        status == null ? OrderStatus.PAID : status, cancelledAt, Boolean.TRUE.equals(test),
        FieldReader.required(totalPrice, "total_price"), refundedAmount == null ? BigDecimal.ZERO : refundedAmount,
        locationId, appId, lineItems);
  }

  /**
   * A line item: {@code product_id} required, {@code quantity} defaults to 1, {@code price} optional.
   * Problems are reported relative to the item, like those of an address.
   */
  private static LineItem lineItem(FieldReader r, String path) throws IOException, FieldException {
    if (r.isNull()) {
      return null;
    }
    r.beginObject(path);
    long productId = FieldReader.NO_ID;
    Long quantity = null;
    BigDecimal price = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "product_id" -> productId = r.idValue(field);
        case "quantity" -> quantity = r.integer(field);
        case "price" -> price = r.decimal(field);
        default -> r.skip();
      }
    }
    return r.shared().lineItem(FieldReader.required(productId, "product_id"), quantity == null ? 1 : quantity, price);
  }
}
