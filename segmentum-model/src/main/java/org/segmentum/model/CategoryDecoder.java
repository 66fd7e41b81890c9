package org.segmentum.model;

import java.io.IOException;

/** Decodes a line of {@code categories.ndjson}: {@code id} required, {@code name} and {@code parent_id} optional. */
final class CategoryDecoder {
  private CategoryDecoder() {}

  static Category decode(FieldReader r) throws IOException, FieldException {
    r.beginObject("category");
    long id = FieldReader.NO_ID;
    String name = null;
    Long parentId = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "id" -> id = r.idValue(field);
        case "name" -> name = r.string(field);
        case "parent_id" -> parentId = r.id(field);
        default -> r.skip();
      }
    }
    return new Category(FieldReader.required(id, "id"), name, parentId);
  }
}
