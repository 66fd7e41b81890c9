package org.segmentum.model;

import java.io.IOException;

/** Decodes one element of a customer's {@code addresses}; every field is optional. */
final class AddressDecoder {
  private AddressDecoder() {}

  /**
   * The address at the reader, or null for JSON null. Problems are reported relative to the address:
   * {@code path} for the address itself, the field's name for a field (the list of addresses puts
   * {@code addresses[i]} in front).
   */
  static Address decode(FieldReader r, String path) throws IOException, FieldException {
    if (r.isNull()) {
      return null;
    }
    r.beginObject(path);
    String countryCode = null, provinceCode = null, city = null, zip = null;
    String address1 = null, address2 = null, company = null, phone = null;
    Double latitude = null, longitude = null;
    boolean isDefault = false;
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      switch (field) {
        case "country_code" -> countryCode = r.sharedString(field);
        case "province_code" -> provinceCode = r.sharedString(field);
        case "city" -> city = r.sharedString(field);
        case "zip" -> zip = r.string(field);
        case "address1" -> address1 = r.sharedString(field);
        case "address2" -> address2 = r.sharedString(field);
        case "company" -> company = r.sharedString(field);
        case "phone" -> phone = r.string(field);
        case "latitude" -> latitude = r.number(field);
        case "longitude" -> longitude = r.number(field);
        case "default" -> isDefault = Boolean.TRUE.equals(r.bool(field));
        default -> r.skip();
      }
    }
    return new Address(countryCode, provinceCode, city, zip, address1, address2, company, phone,
        latitude, longitude, isDefault);
  }
}
