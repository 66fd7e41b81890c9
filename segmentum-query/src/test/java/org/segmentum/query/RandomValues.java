package org.segmentum.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/** Random literals that are valid for a type of LANGUAGE.md §4, built as spanless AST values. */
final class RandomValues {
  private static final String TEXT_CHARS = "abcXYZ019 _-.,'\\\"()éü日本✓\t\n";
  private static final String[] SUPPLEMENTARY = {"😀", "𝄞"};
  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String CITY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éСофия";

  private final SplittableRandom random;

  RandomValues(SplittableRandom random) {
    this.random = random;
  }

  /** One value a filter or parameter of this type accepts ({@code allowed}: an enum's values). */
  Value of(ValueType type, List<String> allowed) {
    return switch (type) {
      case INTEGER, INTEGER_LIST -> whole(false);
      case DECIMAL, DECIMAL_LIST -> random.nextBoolean() ? whole(false) : decimal(-1_000_000_000L, 1_000_000_000L);
      case DATE -> date();
      case STRING, STRING_LIST, TAG_LIST -> text(string(12));
      case ENUM, ENUM_LIST -> text(allowed.get(random.nextInt(allowed.size())));
      case BOOLEAN -> new Value.Bool(random.nextBoolean(), Span.NONE);
      case ID, ID_LIST -> whole(true);
      case COUNTRY_LIST -> text(letters(2));
      case REGION_LIST -> text(letters(2) + "-" + code(1 + random.nextInt(6)));
      case CITY_LIST -> text(letters(2) + "-" + code(random.nextInt(7)) + "-" + city());
      case COORDINATES -> new Value.Tuple(List.of(degrees(90), degrees(180)), Span.NONE);
      case FUNCTION -> throw new IllegalArgumentException("a function has no values");
    };
  }

  /** Any of the date forms of §2. */
  Value date() {
    return switch (random.nextInt(4)) {
      case 0 -> new Value.CalendarDate(LocalDate.ofEpochDay(random.nextLong(-719_528, 2_932_897)), Span.NONE);
      case 1 -> new Value.DateTime(LocalDateTime.of(LocalDate.ofEpochDay(random.nextLong(-719_528, 2_932_897)),
          java.time.LocalTime.ofSecondOfDay(random.nextInt(86_400))), Span.NONE);
      case 2 -> new Value.DateOffset(random.nextInt(-Lexer.MAX_OFFSET, Lexer.MAX_OFFSET + 1),
          Value.DateUnit.values()[random.nextInt(4)], Span.NONE);
      default -> new Value.NamedDate(Value.NamedDay.values()[random.nextInt(2)], Span.NONE);
    };
  }

  /** A distance: zero or more. */
  Value distance() {
    return random.nextBoolean() ? new Value.Whole(random.nextLong(0, 20_000), Span.NONE) : decimal(0, 20_000_000);
  }

  private Value whole(boolean unsigned) {
    long value = switch (random.nextInt(6)) {
      case 0 -> unsigned ? Long.MAX_VALUE : Long.MIN_VALUE;
      case 1 -> 0;
      case 2 -> random.nextLong(0, Long.MAX_VALUE);
      default -> random.nextLong(unsigned ? 0 : -1000, 100_000);
    };
    return new Value.Whole(value, Span.NONE);
  }

  /** A decimal literal: always with a fraction, since {@code 5} would read back as an integer. */
  private Value decimal(long low, long high) {
    return new Value.Decimal(BigDecimal.valueOf(random.nextLong(low, high), 1 + random.nextInt(4)), Span.NONE);
  }

  private Value degrees(int limit) {
    return random.nextInt(4) == 0 ? new Value.Whole(random.nextLong(-limit, limit + 1), Span.NONE)
        : new Value.Decimal(BigDecimal.valueOf(random.nextLong(-limit * 10_000L, limit * 10_000L + 1), 4), Span.NONE);
  }

  private static Value text(String text) {
    return new Value.Text(text, Span.NONE);
  }

  String string(int maxLength) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(20) == 0) {
        out.append(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
      } else {
        out.append(TEXT_CHARS.charAt(random.nextInt(TEXT_CHARS.length())));
      }
    }
    return out.toString();
  }

  private String letters(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(UPPER.charAt(random.nextInt(UPPER.length())));
    }
    return out.toString();
  }

  private String code(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : UPPER.charAt(random.nextInt(26)));
    }
    return out.toString();
  }

  private String city() {
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      out.append(CITY_CHARS.charAt(random.nextInt(CITY_CHARS.length())));
    }
    return out.toString();
  }
}
