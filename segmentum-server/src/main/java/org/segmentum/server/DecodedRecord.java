package org.segmentum.server;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.segmentum.engine.Change;
import org.segmentum.model.RecordDecoding;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.storage.StoredRecord;

/**
 * One ingested line decoded: what to store and the change the engine follows, or why it is rejected.
 * Closed: handle it with an exhaustive switch.
 */
sealed interface DecodedRecord {
  /** A record to store and apply; {@code customerReference} is the customer it needs to exist, if any. */
  record Accepted(StoredRecord stored, Change change, OptionalLong customerReference) implements DecodedRecord {
  }

  /** A customer to erase. */
  record Deletion(long customerId) implements DecodedRecord {
  }

  /** A record that cannot be taken, with the field at fault ("" for the whole record). */
  record Rejected(String field, String reason) implements DecodedRecord {
  }

  /** Decodes one JSON object of a type. */
  static DecodedRecord decode(RecordType type, String json, List<MetafieldDefinition> definitions) {
    if (type == RecordType.CUSTOMERS && json.contains("\"deleted\"") && Deletions.isDeletion(json)) {
      return switch (RecordDecoding.id(json)) {
        case RecordDecoding.Result.Decoded<Long> id -> new Deletion(id.value());
        case RecordDecoding.Result.Rejected<Long> rejected -> new Rejected(rejected.field(), rejected.reason());
      };
    }
    return switch (type) {
      case CUSTOMERS -> accept(RecordDecoding.customer(json, definitions), customer -> new Accepted(
          record(type, Long.toString(customer.id()), OptionalLong.of(customer.id()),
              OptionalLong.of(customer.updatedAt().toEpochMilli()), json),
          new Change.CustomerUpsert(customer), OptionalLong.empty()));
      case ORDERS -> accept(RecordDecoding.order(json), order -> new Accepted(record(type, Long.toString(order.id()),
          OptionalLong.of(order.customerId()), OptionalLong.empty(), json), new Change.OrderUpsert(order),
          OptionalLong.of(order.customerId())));
      case CHECKOUTS -> accept(RecordDecoding.checkout(json), checkout -> new Accepted(record(type,
          Long.toString(checkout.id()), OptionalLong.of(checkout.customerId()), OptionalLong.empty(), json),
          new Change.CheckoutUpsert(checkout), OptionalLong.of(checkout.customerId())));
      case EVENTS -> accept(RecordDecoding.event(json), event -> new Accepted(record(type,
          event.id() == null ? "auto:" + UUID.randomUUID() : "id:" + event.id(), OptionalLong.of(event.customerId()),
          OptionalLong.empty(), json), new Change.EventAdded(event), OptionalLong.of(event.customerId())));
      case PRODUCTS -> accept(RecordDecoding.product(json), product -> new Accepted(record(type,
          Long.toString(product.id()), OptionalLong.empty(), OptionalLong.empty(), json),
          new Change.ProductUpsert(product), OptionalLong.empty()));
      case CATEGORIES -> accept(RecordDecoding.category(json), category -> new Accepted(record(type,
          Long.toString(category.id()), OptionalLong.empty(), OptionalLong.empty(), json),
          new Change.CategoryUpsert(category), OptionalLong.empty()));
      case METAFIELD_DEFINITIONS -> accept(RecordDecoding.metafieldDefinition(json), definition -> new Accepted(
          record(type, definition.namespace() + "." + definition.key(), OptionalLong.empty(), OptionalLong.empty(), json),
          new Change.MetafieldDefinitionUpsert(definition), OptionalLong.empty()));
    };
  }

  private static StoredRecord record(RecordType type, String key, OptionalLong customer, OptionalLong updatedAt,
      String json) {
    return new StoredRecord(type.kind, key, customer, updatedAt, json);
  }

  private static <T> DecodedRecord accept(RecordDecoding.Result<T> result, java.util.function.Function<T, Accepted> accepted) {
    return switch (result) {
      case RecordDecoding.Result.Decoded<T> decoded -> accepted.apply(decoded.value());
      case RecordDecoding.Result.Rejected<T> rejected -> new Rejected(rejected.field(), rejected.reason());
    };
  }
}
