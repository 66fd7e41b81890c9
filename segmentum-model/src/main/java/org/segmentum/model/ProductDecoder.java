package org.segmentum.model;

import java.io.IOException;
import java.util.List;

/** Decodes a line of {@code products.ndjson}: {@code id} required, everything else optional. */
final class ProductDecoder {
  private ProductDecoder() {}

  static Product decode(FieldReader r) throws IOException, FieldException {
    r.beginObject("product");
    long id = FieldReader.NO_ID;
    String title = null;
    String vendor = null;
    List<String> tags = List.of();
    Long categoryId = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "id" -> id = r.idValue(field);
        case "title" -> title = r.string(field);
        case "vendor" -> vendor = r.string(field);
        case "tags" -> tags = r.list(field, r::string);
        case "category_id" -> categoryId = r.id(field);
        default -> r.skip();
      }
    }
    return new Product(FieldReader.required(id, "id"), title, vendor, tags, categoryId);
  }
}
