package org.segmentum.sql;

import java.time.LocalDate;
import java.time.chrono.IsoEra;

/**
 * Values as text for the bulk load paths: fields of PostgreSQL's {@code COPY} text format, and dates
 * as DuckDB and PostgreSQL read them. Stateless.
 */
final class BulkText {
  /** What a date of PostgreSQL's {@code COPY} text carries after a year before 1. */
  static final String POSTGRESQL_BC = " BC";
  /** What a date DuckDB casts from text carries after a year before 1. */
  static final String DUCKDB_BC = " (BC)";

  private BulkText() {
  }

  /**
   * Appends {@code value} as one field of {@code COPY}'s text format (tab-separated, one row a line):
   * {@code \N} for NULL; {@code t} or {@code f}; whole numbers in decimal; doubles in Java's shortest
   * round-trip notation, which PostgreSQL reads back to the same bits ({@code NaN} and
   * {@code Infinity} included); dates by {@link #date}; text as it is, except that backslash, tab,
   * newline and carriage return, which would start an escape or end the field or the row, are escaped
   * with a backslash. The receiver decodes the UTF-8 the caller encodes the text in.
   *
   * @throws SqlException for a value of another type
   */
  static void appendCopyField(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("\\N");
      case String text -> appendEscaped(out, text);
      case Long whole -> out.append(whole.longValue());
      case Integer whole -> out.append(whole.intValue());
      case Boolean bool -> out.append(bool ? 't' : 'f');
      case Double number -> out.append(number.doubleValue());
      case LocalDate date -> out.append(date(date, POSTGRESQL_BC));
      default -> throw new SqlException("cannot load a value of type " + value.getClass().getName());
    }
  }

  /**
   * A date as {@code yyyy-MM-dd}, the year of the era with at least four digits, followed by
   * {@code beforeChrist} for a date before the year 1 (ISO year 0 is 1 BC, -1 is 2 BC, ...).
   */
  static String date(LocalDate date, String beforeChrist) {
    StringBuilder text = new StringBuilder(16);
    String year = Integer.toString(date.getYear() > 0 ? date.getYear() : 1 - date.getYear());
    text.append("0".repeat(Math.max(0, 4 - year.length()))).append(year).append('-');
    twoDigits(text, date.getMonthValue()).append('-');
    twoDigits(text, date.getDayOfMonth());
    return date.getEra() == IsoEra.BCE ? text.append(beforeChrist).toString() : text.toString();
  }

  private static void appendEscaped(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append(value < 10 ? "0" : "").append(value);
  }
}
