package org.segmentum.model;

import java.io.IOException;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.query.MetafieldType;

/**
 * Decodes a line of {@code metafield_definitions.ndjson}: {@code namespace}, {@code key} and
 * {@code type} are required; a missing {@code name} defaults to the key.
 */
final class MetafieldDefinitionDecoder {
  private MetafieldDefinitionDecoder() {}

  static MetafieldDefinition decode(FieldReader r) throws IOException, FieldException {
    r.beginObject("definition");
    String namespace = null;
    String key = null;
    String name = null;
    String type = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "namespace" -> namespace = r.string(field);
        case "key" -> key = r.string(field);
        case "name" -> name = r.string(field);
        case "type" -> type = r.string(field);
        default -> r.skip();
      }
    }
    FieldReader.required(namespace, "namespace");
    FieldReader.required(key, "key");
    String typeText = FieldReader.required(type, "type");
    MetafieldType metafieldType = MetafieldType.ofText(typeText)
        .orElseThrow(() -> new FieldException("type", "unknown type " + WireText.quoted(typeText)
            + ", expected one of integer decimal string date boolean list.integer list.decimal list.string"));
    return new MetafieldDefinition(namespace, key, name == null ? key : name, metafieldType);
  }
}
