package org.segmentum.storage;

import java.util.Locale;

/** The kinds of store records (DATA.md §1), in the order a store is rebuilt from them. */
public enum RecordKind {
  METAFIELD_DEFINITION,
  CATEGORY,
  PRODUCT,
  CUSTOMER,
  ORDER,
  CHECKOUT,
  EVENT;

  /** The name stored in the {@code kind} column. */
  String column() {
    return name().toLowerCase(Locale.ROOT);
  }
}
