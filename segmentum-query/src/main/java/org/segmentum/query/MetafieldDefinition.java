package org.segmentum.query;

import java.util.Objects;

/** A shop's custom field: queried as {@code metafields.<namespace>.<key>}. */
public record MetafieldDefinition(String namespace, String key, String name, MetafieldType type) {
  public MetafieldDefinition {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** The filter name, {@code metafields.<namespace>.<key>}. */
  public String filterName() {
    return "metafields." + namespace + "." + key;
  }
}
