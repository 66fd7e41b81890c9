package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link InstantText} must agree with {@code OffsetDateTime.parse(text, ISO_OFFSET_DATE_TIME)} on every text. */
class InstantTextTest {
  private static final long SEED = 20_260_301L;

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-03-01T14:05:00Z", "2025-02-01T10:00:00+02:00", "2024-05-01T12:00:00+03:00", "1970-01-01T00:00:00Z",
      "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-02-29T00:00:00-18:00", "2024-02-29T00:00:00+18:00",
      "2023-12-31T23:59:59.5-00:00", "2000-02-29T12:30:45.123+05:30", "1900-02-28T00:00:00Z", "2026-03-01T14:05:00.1Z",
      // Valid, but not the common shape: the formatter decides.
      "2026-03-01t14:05:00z", "2026-03-01T14:05Z", "2026-03-01T14:05:00+02", "2026-03-01T14:05:00+0200",
      "2026-03-01T14:05:00.Z", "+12026-03-01T14:05:00Z", "2026-03-01T14:05:00+02:00:30",
      // Invalid.
      "", "2025-01-01", "2025-01-01T10:00:00", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2025-04-31T00:00:00Z",
      "2025-13-01T00:00:00Z", "2025-00-01T00:00:00Z", "2025-01-00T00:00:00Z", "2025-01-01T24:00:00Z",
      "2025-01-01T23:60:00Z", "2025-01-01T23:59:60Z", "2025-01-01T10:00:00+18:01", "2025-01-01T10:00:00+19:00",
      "2025-01-01T10:00:00+02:60", "2025-01-01T10:00:00.1234567891Z", "2025-01-01T10:00:00ZZ", "2025-01-01 10:00:00Z",
      "2025/01/01T10:00:00Z", "2025-01-01T10:00:00 Z", " 2025-01-01T10:00:00Z", "2025-01-01T10:00:00Z ",
      "yesterday", "20a5-01-01T10:00:00Z", "2025-0x-01T10:00:00Z", "2025-01-01T1x:00:00Z", "2025-01-01T10:00:00+0x:00",
      "2025-01-01T10:00:00-", "2025-01-01T10:00:00.", "2025-01-01T10:00:00.5"})
  void agreesWithJavaTimeOnKnownCases(String text) {
    assertAgrees(text);
  }

  @Test
  void agreesWithJavaTimeOnRandomTexts() {
    Random random = new Random(SEED);
    for (int i = 0; i < 200_000; i++) {
      assertAgrees(randomText(random));
    }
  }

  @Test
  void readsFromTheMiddleOfAnArray() {
    char[] text = "xx2025-02-01T10:00:00+02:00yy".toCharArray();

    assertThat(InstantText.parse(text, 2, 25)).isEqualTo(Instant.parse("2025-02-01T08:00:00Z"));
  }

  @Test
  void countsDaysLikeJavaTime() {
    for (int year = 0; year <= 9999; year += 7) {
      for (int month = 1; month <= 12; month++) {
        assertThat(InstantText.epochDay(year, month, 1)).as("%d-%d", year, month)
            .isEqualTo(java.time.LocalDate.of(year, month, 1).toEpochDay());
      }
    }
  }

  private static void assertAgrees(String text) {
    Object expected;
    try {
      expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      expected = "invalid";
    }
    Object actual;
    try {
      actual = InstantText.parse(text.toCharArray(), 0, text.length());
    } catch (DateTimeException e) {
      actual = "invalid";
    }
    assertThat(actual).as("seed %d, text \"%s\"", SEED, text).isEqualTo(expected);
  }

  /** Mostly the common shape with values near and beyond the limits, sometimes damaged. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    text.append(digits(random, 4, random.nextInt(10) == 0 ? 10_000 : 3_000)).append('-')
        .append(digits(random, 2, 14)).append('-').append(digits(random, 2, 33))
        .append(random.nextInt(50) == 0 ? 't' : 'T')
        .append(digits(random, 2, 26)).append(':').append(digits(random, 2, 62)).append(':')
        .append(digits(random, 2, 62));
    if (random.nextInt(3) == 0) {
      text.append('.');
      int digits = random.nextInt(11);
      for (int i = 0; i < digits; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
    }
    text.append(offset(random));
    return random.nextInt(5) == 0 ? damage(random, text) : text.toString();
  }

  private static String offset(Random random) {
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> "Z";
      case 3 -> "z";
      case 4 -> (random.nextBoolean() ? "+" : "-") + digits(random, 2, 20);
      case 5 -> (random.nextBoolean() ? "+" : "-") + digits(random, 2, 20) + digits(random, 2, 61);
      default -> (random.nextBoolean() ? "+" : "-") + digits(random, 2, 20) + ":" + digits(random, 2, 61);
    };
  }

  private static String digits(Random random, int width, int bound) {
    return String.format("%0" + width + "d", random.nextInt(bound));
  }

  private static final List<Character> NOISE = List.of('0', '9', '-', ':', '.', 'T', 'Z', '+', ' ', 'x', '\u0660');

  private static String damage(Random random, StringBuilder text) {
    int at = random.nextInt(text.length() + 1);
    switch (random.nextInt(3)) {
      case 0 -> text.insert(at, NOISE.get(random.nextInt(NOISE.size())));
      case 1 -> text.setLength(at);
      default -> {
        if (at < text.length()) {
          text.setCharAt(at, NOISE.get(random.nextInt(NOISE.size())));
        }
      }
    }
    return text.toString();
  }
}
