package org.segmentum.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Parsing and quoting of wire-format text, shared by the JSON and CSV readers. */
final class WireText {
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final int MAX_SHOWN = 60;

  private WireText() {}

  /** A decimal string: optional minus, digits, optional fraction. */
  static BigDecimal decimal(String field, String text) throws FieldException {
    if (!DECIMAL.matcher(text).matches()) {
      throw new FieldException(field, "expected a decimal such as \"129.90\", found " + quoted(text));
    }
    return new BigDecimal(text);
  }

  /** A calendar date {@code yyyy-mm-dd}. */
  static LocalDate date(String field, String text) throws FieldException {
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      throw new FieldException(field, "expected a date yyyy-mm-dd, found " + quoted(text));
    }
  }

  /** The text in double quotes, shortened for messages. */
  static String quoted(String text) {
    return "\"" + shown(text) + "\"";
  }

  /** The text shortened for messages. */
  static String shown(String text) {
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }
}
