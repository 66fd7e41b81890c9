package org.segmentum.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Typed access to the JSON value at the parser's current token, for the decoders. Each accessor
 * consumes the whole value and reports a wrong type or a bad value as a {@link FieldException} naming
 * the field; JSON {@code null} reads as absent (null, or an empty list). Not thread-safe.
 */
final class FieldReader {
  private final JsonParser parser;

  FieldReader(JsonParser parser) {
    this.parser = parser;
  }

  /** Reads one element of a list; {@code field} is the element's path, e.g. {@code tags[2]}. */
  interface ElementReader<T> {
    T read(String field) throws IOException, FieldException;
  }

  /** Checks that the current token starts an object, to be followed by {@link #nextField()} calls. */
  void beginObject(String field) throws IOException, FieldException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType(field, "an object");
    }
  }

  /**
   * Advances to the next field of the current object and onto its value; null at the object's end.
   * The caller must consume the value with an accessor or {@link #skip()}.
   */
  String nextField() throws IOException {
    if (parser.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = parser.currentName();
    parser.nextToken();
    return name;
  }

  /** Skips the current value (an unknown field). */
  void skip() throws IOException {
    parser.skipChildren();
  }

  boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  String string(String field) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string");
    }
    return parser.getText();
  }

  Boolean bool(String field) throws FieldException {
    return switch (parser.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> throw wrongType(field, "true or false");
    };
  }

  /** Any 64-bit signed integer. */
  Long integer(String field) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(field, "an integer");
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new FieldException(field, "integer " + WireText.shown(parser.getText()) + " is out of range");
    }
    return parser.getLongValue();
  }

  /**
   * An id: ids are unsigned 64-bit on the wire, of which 0 to 2^63-1 are supported.
   */
  Long id(String field) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(field, "an integer id");
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      String text = parser.getText();
      throw new FieldException(field, text.startsWith("-")
          ? "id must not be negative, found " + WireText.shown(text)
          : "id " + WireText.shown(text) + " is larger than the supported maximum " + Long.MAX_VALUE);
    }
    long value = parser.getLongValue();
    if (value < 0) {
      throw new FieldException(field, "id must not be negative, found " + value);
    }
    return value;
  }

  /** A finite JSON number, as a double (coordinates, not money). */
  Double number(String field) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (!parser.currentToken().isNumeric()) {
      throw wrongType(field, "a number");
    }
    double value = parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw new FieldException(field, "number " + WireText.shown(parser.getText()) + " is out of range");
    }
    return value;
  }

  /**
   * A decimal amount: a JSON number or a decimal string such as {@code "129.90"}, converted from its
   * text and never through a binary float.
   */
  BigDecimal decimal(String field) throws IOException, FieldException {
    return switch (parser.currentToken()) {
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> decimalNumber(field, parser.getText());
      case VALUE_STRING -> WireText.decimal(field, parser.getText());
      default -> throw wrongType(field, "a decimal number or string");
    };
  }

  private static BigDecimal decimalNumber(String field, String text) throws FieldException {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new FieldException(field, "number " + WireText.shown(text) + " is out of range");
    }
  }

  /** An ISO-8601 instant with an offset, e.g. {@code 2026-03-01T14:05:00Z}. */
  Instant instant(String field) throws IOException, FieldException {
    String text = string(field);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw new FieldException(field, "expected an ISO-8601 instant with offset such as \"2026-03-01T14:05:00Z\", found "
          + WireText.quoted(text));
    }
  }

  /** A calendar date {@code yyyy-mm-dd}. */
  LocalDate date(String field) throws IOException, FieldException {
    String text = string(field);
    return text == null ? null : WireText.date(field, text);
  }

  /** One of the constants of an enum, spelled exactly like its name. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type) throws IOException, FieldException {
    String text = string(field);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new FieldException(field, "unknown value " + WireText.quoted(text) + ", expected one of "
        + String.join(" ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  /** A JSON array whose elements are read by {@code element}; null reads as an empty list; null elements are errors. */
  <T> List<T> list(String field, ElementReader<T> element) throws IOException, FieldException {
    if (isNull()) {
      return List.of();
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(field, "an array");
    }
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String elementField = field + "[" + values.size() + "]";
      T value = element.read(elementField);
      if (value == null) {
        throw new FieldException(elementField, "must not be null");
      }
      values.add(value);
    }
    return values;
  }

  /** The value itself if not null, else a "required" problem for the field. */
  static <T> T required(T value, String field) throws FieldException {
    if (value == null) {
      throw new FieldException(field, "is required");
    }
    return value;
  }

  FieldException wrongType(String field, String expected) {
    return new FieldException(field, "expected " + expected + ", found " + describe(parser.currentToken()));
  }

  private String describe(JsonToken token) {
    try {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "the string " + WireText.quoted(parser.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + WireText.shown(parser.getText());
        case VALUE_TRUE, VALUE_FALSE -> parser.getText();
        case VALUE_NULL -> "null";
        default -> String.valueOf(token);
      };
    } catch (IOException e) {
      return String.valueOf(token);
    }
  }
}
