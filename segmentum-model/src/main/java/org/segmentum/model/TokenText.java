package org.segmentum.model;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Reads the text of the parser's current token in place, from the parser's buffer, without making a
 * {@code String} of it: millions of ids, amounts, instants and enum names are read this way.
 */
final class TokenText {
  /** What {@link #shortInteger} returns for an integer of more than 18 digits; never the value of a shorter one. */
  static final long NOT_SHORT = Long.MIN_VALUE;

  /** The constants of each enum read so far ({@link Class#getEnumConstants()} copies them per call). */
  private static final ClassValue<Object[]> ENUM_CONSTANTS = new ClassValue<>() {
    @Override
    protected Object[] computeValue(Class<?> type) {
      return type.getEnumConstants();
    }
  };

  private TokenText() {}

  /**
   * The value of the current integer token if it has at most 18 digits, which always fit a
   * {@code long}; else {@link #NOT_SHORT}. Jackson has checked that the text is {@code -?[0-9]+};
   * its own number parsing is general and slower.
   */
  static long shortInteger(JsonParser parser) throws IOException {
    char[] chars = parser.getTextCharacters();
    int p = parser.getTextOffset();
    int end = p + parser.getTextLength();
    boolean negative = chars[p] == '-';
    if (negative) {
      p++;
    }
    if (end - p > 18) {
      return NOT_SHORT;
    }
    long value = 0;
    for (; p < end; p++) {
      value = value * 10 + (chars[p] - '0');
    }
    return negative ? -value : value;
  }

  /** The constant of {@code type} whose name is the current token's text, or null. */
  static <E extends Enum<E>> E enumConstant(JsonParser parser, Class<E> type) throws IOException {
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    for (Object constant : ENUM_CONSTANTS.get(type)) {
      E value = type.cast(constant);
      if (equals(value.name(), chars, offset, length)) {
        return value;
      }
    }
    return null;
  }

  /** Whether {@code text} is {@code chars[offset, offset + length)}. */
  static boolean equals(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** The current token's text as a plain decimal (see {@link DecimalText}), or null if it is not one. */
  static BigDecimal decimal(JsonParser parser, DecimalText decimals) throws IOException {
    return decimals.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /**
   * The current token's text as an instant (see {@link InstantText}).
   *
   * @throws java.time.DateTimeException if it is not one
   */
  static Instant instant(JsonParser parser) throws IOException {
    return InstantText.parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }
}
