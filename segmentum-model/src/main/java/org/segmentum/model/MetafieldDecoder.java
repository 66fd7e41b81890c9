package org.segmentum.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.query.MetafieldType;

/**
 * Decodes a customer's {@code metafields} object, {@code {"namespace.key": value}}. A value with a
 * definition must match the definition's type (a decimal may be a JSON number or a decimal string).
 * A value without one keeps its JSON type: an integer that fits 64 bits becomes a {@link Long}, other
 * numbers a {@link BigDecimal}, strings and booleans stay; a list must hold only strings or only
 * numbers (all {@code BigDecimal} as soon as one is not an integer). JSON null means absent.
 */
final class MetafieldDecoder {
  private MetafieldDecoder() {}

  static Map<String, Object> decode(FieldReader r, String path, Map<String, MetafieldDefinition> definitions)
      throws IOException, FieldException {
    if (r.isNull()) {
      return Map.of();
    }
    r.beginObject(path);
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key = r.nextField(); key != null; key = r.nextField()) {
      String field = path + "." + key;
      int dot = key.indexOf('.');
      if (dot <= 0 || dot == key.length() - 1) {
        throw new FieldException(field, "a metafield key must be \"namespace.key\"");
      }
      MetafieldDefinition definition = definitions.get(key);
      Object value = definition == null ? untyped(r, field) : typed(r, field, definition.type());
      if (value != null) {
        values.put(key, value);
      }
    }
    return values;
  }

  private static Object typed(FieldReader r, String field, MetafieldType type) throws IOException, FieldException {
    if (r.isNull()) {
      return null;
    }
    return switch (type) {
      case INTEGER -> r.integer(field);
      case DECIMAL -> r.decimal(field);
      case STRING -> r.string(field);
      case DATE -> r.date(field);
      case BOOLEAN -> r.bool(field);
      case INTEGER_LIST -> r.list(field, r::integer);
      case DECIMAL_LIST -> r.list(field, r::decimal);
      case STRING_LIST -> r.list(field, r::string);
    };
  }

  private static Object untyped(FieldReader r, String field) throws IOException, FieldException {
    return switch (r.token()) {
      case VALUE_NULL -> null;
      case VALUE_TRUE, VALUE_FALSE -> r.bool(field);
      case START_ARRAY -> untypedList(r, field);
      case START_OBJECT -> throw r.wrongType(field, "a value or a list of values");
      default -> scalar(r, field);
    };
  }

  private static Object scalar(FieldReader r, String field) throws IOException, FieldException {
    return switch (r.token()) {
      case VALUE_STRING -> r.string(field);
      case VALUE_NUMBER_INT -> asLongIfExact(r.decimal(field));
      case VALUE_NUMBER_FLOAT -> r.decimal(field);
      default -> throw r.wrongType(field, "a string or a number");
    };
  }

  private static List<?> untypedList(FieldReader r, String field) throws IOException, FieldException {
    List<Object> values = r.list(field, f -> scalar(r, f));
    boolean strings = values.stream().allMatch(String.class::isInstance);
    boolean numbers = values.stream().noneMatch(String.class::isInstance);
    if (!strings && !numbers) {
      throw new FieldException(field, "a list must hold only strings or only numbers");
    }
    if (strings || values.stream().allMatch(Long.class::isInstance)) {
      return values;
    }
    List<BigDecimal> decimals = new ArrayList<>(values.size());
    for (Object value : values) {
      decimals.add(value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value);
    }
    return decimals;
  }

  private static Object asLongIfExact(BigDecimal value) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      return value;
    }
  }
}
