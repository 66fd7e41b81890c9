package org.segmentum.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Parsing and quoting of wire-format text, shared by the JSON and CSV readers. */
final class WireText {
  private static final int MAX_SHOWN = 60;

  private WireText() {}

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
