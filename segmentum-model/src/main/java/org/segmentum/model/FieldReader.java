package org.segmentum.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Typed access to the JSON value at the parser's current token, for the decoders. Each accessor
 * consumes the whole value and reports a wrong type or a bad value as a {@link FieldException} naming
 * the field; JSON {@code null} reads as absent (null, or an empty list). Not thread-safe.
 *
 * <p>Field paths are only built when a problem is reported: the elements of a list are read with
 * paths relative to the element ({@code ""} for the element itself, {@code price} for a field of an
 * element object) and {@link #list} puts the element's path in front.
 */
final class FieldReader {
  /** What {@link #idValue} reads for JSON null; ids are never negative. */
  static final long NO_ID = -1;

  /** The path of a list element relative to itself. */
  static final String ELEMENT = "";

  private final JsonParser parser;
  private final DecimalText decimals;
  private final SharedValues shared;

  FieldReader(JsonParser parser, DecimalText decimals, SharedValues shared) {
    this.parser = parser;
    this.decimals = decimals;
    this.shared = shared;
  }

  /** Where the decoders share the values they build, such as line items. */
  SharedValues shared() {
    return shared;
  }

  /**
   * Reads one element of a list; {@code field} is {@code ""}, the element itself, and problems are
   * reported relative to the element.
   */
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
    String name = parser.nextFieldName();
    if (name == null) {
      return null;
    }
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

  /**
   * A string that is likely to repeat, such as a name, a city or a tag: equal strings read close
   * together share one instance (see {@link SharedValues}).
   */
  String sharedString(String field) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string");
    }
    return shared.string(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
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
    long value = TokenText.shortInteger(parser);
    if (value != TokenText.NOT_SHORT) {
      return value;
    }
    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new FieldException(field, "integer " + WireText.shown(parser.getText()) + " is out of range");
    }
    return parser.getLongValue();
  }

  /**
   * An id: ids are unsigned 64-bit on the wire, of which 0 to 2^63-1 are supported; {@link #NO_ID}
   * for JSON null. Unboxed, for the millions of ids that are only compared and kept as {@code long}.
   */
  long idValue(String field) throws IOException, FieldException {
    if (isNull()) {
      return NO_ID;
    }
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(field, "an integer id");
    }
    long value = TokenText.shortInteger(parser);
    if (value == TokenText.NOT_SHORT) {
      if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        String text = parser.getText();
        throw new FieldException(field, text.startsWith("-")
            ? "id must not be negative, found " + WireText.shown(text)
            : "id " + WireText.shown(text) + " is larger than the supported maximum " + Long.MAX_VALUE);
      }
      value = parser.getLongValue();
    }
    if (value < 0) {
      throw new FieldException(field, "id must not be negative, found " + value);
    }
    return value;
  }

  /** An id (see {@link #idValue}), boxed; null for JSON null. */
  Long id(String field) throws IOException, FieldException {
    long id = idValue(field);
    return id == NO_ID ? null : id;
  }

  /** {@link #id}, for an id that is likely to repeat (an app, a location): equal ids share one box. */
  Long sharedId(String field) throws IOException, FieldException {
    long id = idValue(field);
    return id == NO_ID ? null : shared.id(id);
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
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> decimalNumber(field);
      case VALUE_STRING -> decimalString(field);
      default -> throw wrongType(field, "a decimal number or string");
    };
  }

  /** A decimal string: optional minus, digits, optional fraction. */
  private BigDecimal decimalString(String field) throws IOException, FieldException {
    BigDecimal value = TokenText.decimal(parser, decimals);
    if (value == null) {
      throw new FieldException(field, "expected a decimal such as \"129.90\", found " + WireText.quoted(parser.getText()));
    }
    return value;
  }

  private BigDecimal decimalNumber(String field) throws IOException, FieldException {
    BigDecimal plain = TokenText.decimal(parser, decimals);
    if (plain != null) {
      return plain;
    }
    try {
      return new BigDecimal(parser.getText());
    } catch (NumberFormatException e) {
      throw new FieldException(field, "number " + WireText.shown(parser.getText()) + " is out of range");
    }
  }

  /** An ISO-8601 instant with an offset, e.g. {@code 2026-03-01T14:05:00Z}. */
  Instant instant(String field) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string");
    }
    try {
      return TokenText.instant(parser);
    } catch (DateTimeException e) {
      throw new FieldException(field, "expected an ISO-8601 instant with offset such as \"2026-03-01T14:05:00Z\", found "
          + WireText.quoted(parser.getText()));
    }
  }

  /** A calendar date {@code yyyy-mm-dd}. */
  LocalDate date(String field) throws IOException, FieldException {
    String text = string(field);
    return text == null ? null : WireText.date(field, text);
  }

  /** One of the constants of an enum, spelled exactly like its name. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type) throws IOException, FieldException {
    if (isNull()) {
      return null;
    }
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(field, "a string");
    }
    E value = TokenText.enumConstant(parser, type);
    if (value != null) {
      return value;
    }
    throw new FieldException(field, "unknown value " + WireText.quoted(parser.getText()) + ", expected one of "
        + String.join(" ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  /**
   * A JSON array whose elements are read by {@code element}, as an unmodifiable list; null reads as
   * an empty list; null elements are errors. A problem in element {@code i} is reported under
   * {@code field[i]}.
   */
  <T> List<T> list(String field, ElementReader<T> element) throws IOException, FieldException {
    if (isNull()) {
      return List.of();
    }
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType(field, "an array");
    }
    Object[] values = new Object[4];
    int size = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Object value;
      try {
        value = element.read(ELEMENT);
      } catch (FieldException e) {
        throw e.inside(field + "[" + size + "]");
      }
      if (value == null) {
        throw new FieldException(field + "[" + size + "]", "must not be null");
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
    // Unmodifiable already, so that the records' List.copyOf keeps it rather than copying it.
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) switch (size) {
      case 0 -> List.of();
      case 1 -> List.of(values[0]);
      case 2 -> List.of(values[0], values[1]);
      default -> List.of(Arrays.copyOf(values, size));
    };
    return list;
  }

  /** The id itself if not {@link #NO_ID}, else a "required" problem for the field. */
  static long required(long id, String field) throws FieldException {
    if (id == NO_ID) {
      throw new FieldException(field, "is required");
    }
    return id;
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
