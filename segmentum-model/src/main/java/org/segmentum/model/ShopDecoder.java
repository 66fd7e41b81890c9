package org.segmentum.model;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Decodes {@code shop.json}: {@code id} and {@code timezone} required, {@code name} and {@code currency} optional. */
final class ShopDecoder {
  private ShopDecoder() {}

  static Shop decode(FieldReader r) throws IOException, FieldException {
    r.beginObject("shop");
    long id = FieldReader.NO_ID;
    String name = null;
    String timezone = null;
    String currency = null;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "id" -> id = r.idValue(field);
        case "name" -> name = r.string(field);
        case "timezone" -> timezone = r.string(field);
        case "currency" -> currency = r.string(field);
        default -> r.skip();
      }
    }
    FieldReader.required(id, "id");
    return new Shop(id, name, zone(FieldReader.required(timezone, "timezone")), currency);
  }

  private static ZoneId zone(String text) throws FieldException {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new FieldException("timezone", "unknown time zone " + WireText.quoted(text)
          + ", expected an IANA name such as \"Europe/Sofia\"");
    }
  }
}
