package org.segmentum.model;

import java.nio.CharBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses an ISO-8601 instant with an offset exactly as
 * {@code OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()} does.
 *
 * <p>The formatter is general but slow (it fills a map of fields per parse), and store files hold
 * millions of instants, nearly all shaped {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}. That shape
 * is parsed here by hand, with the same range checks as the formatter's strict resolver (month
 * 1–12, day within the month, hour 0–23, minute and second 0–59, offset at most ±18:00). Every
 * other text, valid or not (lower-case {@code t} or {@code z}, no seconds, {@code +02}, {@code +0200},
 * a five-digit year, a trailing dot), goes to the formatter, so both paths agree by construction.
 */
final class InstantText {
  private static final int SHORTEST = "yyyy-MM-ddTHH:mm:ssZ".length();
  private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private InstantText() {}

  /**
   * The instant written in {@code text[offset, offset + length)}.
   *
   * @throws DateTimeException if the text is not an ISO-8601 date-time with an offset
   */
  static Instant parse(char[] text, int offset, int length) {
    Instant instant = common(text, offset, length);
    return instant != null
        ? instant
        : OffsetDateTime.parse(CharBuffer.wrap(text, offset, length), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toInstant();
  }

  /** The instant if the text has the common shape and is valid, else null (the formatter decides). */
  private static Instant common(char[] t, int at, int length) {
    int end = at + length;
    if (length < SHORTEST || t[at + 4] != '-' || t[at + 7] != '-' || t[at + 10] != 'T' || t[at + 13] != ':'
        || t[at + 16] != ':') {
      return null;
    }
    int century = twoDigits(t, at);
    int yearOfCentury = twoDigits(t, at + 2);
    int year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
    int month = twoDigits(t, at + 5);
    int day = twoDigits(t, at + 8);
    int hour = twoDigits(t, at + 11);
    int minute = twoDigits(t, at + 14);
    int second = twoDigits(t, at + 17);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int p = at + 19;
    int nanos = 0;
    if (t[p] == '.') {
      int digits = 0;
      for (p++; p < end && digits < 9 && isDigit(t[p]); p++, digits++) {
        nanos = nanos * 10 + (t[p] - '0');
      }
      if (digits == 0 || p == end || isDigit(t[p])) {
        return null;
      }
      nanos *= NANO_SCALE[digits];
    }
    int offsetSeconds = offsetSeconds(t, p, end);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600 + minute * 60 + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** {@code Z} or {@code ±HH:MM} filling {@code t[p, end)}, in seconds; {@code Integer.MIN_VALUE} otherwise. */
  private static int offsetSeconds(char[] t, int p, int end) {
    char sign = t[p];
    if (sign == 'Z') {
      return p + 1 == end ? 0 : Integer.MIN_VALUE;
    }
    if ((sign != '+' && sign != '-') || p + 6 != end || t[p + 3] != ':') {
      return Integer.MIN_VALUE;
    }
    int hours = twoDigits(t, p + 1);
    int minutes = twoDigits(t, p + 4);
    if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 18 * 60) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3_600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  /** The two-digit number at {@code t[p]}, or a negative number if either char is not a digit. */
  private static int twoDigits(char[] t, int p) {
    int high = t[p] - '0';
    int low = t[p + 1] - '0';
    return high < 0 || high > 9 || low < 0 || low > 9 ? -1 : high * 10 + low;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * Days from 1970-01-01 to the proleptic Gregorian date, for years 0 to 9999: Howard Hinnant's
   * {@code days_from_civil} ("chrono-Compatible Low-Level Date Algorithms"), which counts in 400-year
   * eras of 146097 days with years starting on March 1 so that the leap day comes last.
   */
  static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}
