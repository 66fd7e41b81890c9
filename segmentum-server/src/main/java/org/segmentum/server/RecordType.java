package org.segmentum.server;

import java.util.Optional;
import org.segmentum.storage.RecordKind;

/** The ingestible record types and the path segment each is posted to. */
enum RecordType {
  CUSTOMERS("customers", RecordKind.CUSTOMER),
  ORDERS("orders", RecordKind.ORDER),
  CHECKOUTS("checkouts", RecordKind.CHECKOUT),
  EVENTS("events", RecordKind.EVENT),
  PRODUCTS("products", RecordKind.PRODUCT),
  CATEGORIES("categories", RecordKind.CATEGORY),
  METAFIELD_DEFINITIONS("metafield_definitions", RecordKind.METAFIELD_DEFINITION);

  final String path;
  final RecordKind kind;

  RecordType(String path, RecordKind kind) {
    this.path = path;
    this.kind = kind;
  }

  static Optional<RecordType> ofPath(String path) {
    for (RecordType type : values()) {
      if (type.path.equals(path)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
