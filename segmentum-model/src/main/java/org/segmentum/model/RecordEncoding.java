package org.segmentum.model;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes records as exchange-format JSON (DATA.md §2), the inverse of {@link RecordDecoding}: for every
 * customer {@code c}, {@code RecordDecoding.customer(RecordEncoding.customer(c), definitions)} gives back
 * {@code c} (with the definitions its metafields were decoded with). Absent values are left out; instants are
 * written as ISO-8601 UTC text, decimals in plain notation.
 */
public final class RecordEncoding {
  private RecordEncoding() {
  }

  /** One customer as a single-line JSON object. */
  public static String customer(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    StringWriter text = new StringWriter(256);
    try (JsonGenerator json = JsonLines.FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeNumberField("id", customer.id());
      optional(json, "email", customer.email());
      optional(json, "phone", customer.phone());
      optional(json, "first_name", customer.firstName());
      optional(json, "last_name", customer.lastName());
      json.writeStringField("created_at", instant(customer.createdAt()));
      json.writeStringField("updated_at", instant(customer.updatedAt()));
      json.writeStringField("state", customer.state().name());
      json.writeStringField("email_marketing", customer.emailMarketing().name());
      json.writeStringField("sms_marketing", customer.smsMarketing().name());
      json.writeArrayFieldStart("channels");
      for (Channel channel : customer.channels()) {
        json.writeString(channel.name());
      }
      json.writeEndArray();
      optional(json, "language", customer.language());
      strings(json, "tags", customer.tags());
      optional(json, "note", customer.note());
      json.writeBooleanField("tax_exempt", customer.taxExempt());
      optional(json, "group", customer.group());
      json.writeArrayFieldStart("company_ids");
      for (long id : customer.companyIds()) {
        json.writeNumber(id);
      }
      json.writeEndArray();
      if (customer.createdByAppId() != null) {
        json.writeNumberField("created_by_app_id", customer.createdByAppId());
      }
      if (customer.birthDate() != null) {
        json.writeStringField("birth_date", customer.birthDate().toString());
      }
      json.writeArrayFieldStart("addresses");
      for (Address address : customer.addresses()) {
        address(json, address);
      }
      json.writeEndArray();
      metafields(json, customer.metafields());
      json.writeEndObject();
    } catch (IOException e) {
      throw new ModelException("cannot encode customer " + customer.id() + ": " + e.getMessage(), e);
    }
    return text.toString();
  }

  private static void address(JsonGenerator json, Address address) throws IOException {
    json.writeStartObject();
    optional(json, "country_code", address.countryCode());
    optional(json, "province_code", address.provinceCode());
    optional(json, "city", address.city());
    optional(json, "zip", address.zip());
    optional(json, "address1", address.address1());
    optional(json, "address2", address.address2());
    optional(json, "company", address.company());
    optional(json, "phone", address.phone());
    if (address.latitude() != null) {
      json.writeNumberField("latitude", address.latitude());
    }
    if (address.longitude() != null) {
      json.writeNumberField("longitude", address.longitude());
    }
    json.writeBooleanField("default", address.isDefault());
    json.writeEndObject();
  }

  private static void metafields(JsonGenerator json, Map<String, Object> metafields) throws IOException {
    json.writeObjectFieldStart("metafields");
    for (Map.Entry<String, Object> entry : metafields.entrySet()) {
      json.writeFieldName(entry.getKey());
      Object value = entry.getValue();
      if (value instanceof List<?> list) {
        json.writeStartArray();
        for (Object element : list) {
          scalar(json, element);
        }
        json.writeEndArray();
      } else {
        scalar(json, value);
      }
    }
    json.writeEndObject();
  }

  /** The value types a customer's metafields may hold (see {@link Customer}). */
  private static void scalar(JsonGenerator json, Object value) throws IOException {
    switch (value) {
      case Long number -> json.writeNumber(number);
      case BigDecimal number -> json.writeNumber(number.toPlainString());
      case String text -> json.writeString(text);
      case LocalDate date -> json.writeString(date.toString());
      case Boolean flag -> json.writeBoolean(flag);
      default -> throw new IllegalArgumentException("unsupported metafield value type " + value.getClass());
    }
  }

  private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String name, String value) throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  private static String instant(Instant instant) {
    return instant.toString();
  }
}
