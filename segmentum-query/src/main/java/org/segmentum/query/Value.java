package org.segmentum.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A literal value in a query. Closed: handle it with an exhaustive {@code switch}. */
public sealed interface Value {
  Span span();

  /** A quoted string, unescaped. */
  record Text(String text, Span span) implements Value {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(span, "span");
    }
  }

  /** An integer literal. */
  record Whole(long value, Span span) implements Value {
    public Whole {
      Objects.requireNonNull(span, "span");
    }
  }

  /** A decimal literal; its scale is kept as written ({@code 10.50} stays {@code 10.50}). */
  record Decimal(BigDecimal value, Span span) implements Value {
    public Decimal {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code TRUE} or {@code FALSE}. */
  record Bool(boolean value, Span span) implements Value {
    public Bool {
      Objects.requireNonNull(span, "span");
    }
  }

  /** A parenthesised list of values, such as coordinates {@code (42.69, 23.32)}. */
  record Tuple(List<Value> values, Span span) implements Value {
    public Tuple {
      values = List.copyOf(values);
      Objects.requireNonNull(span, "span");
    }
  }

  /** Any of the date forms; see {@code org.segmentum.query.time.DateResolver} for what they mean. */
  sealed interface DateValue extends Value {
  }

  /** {@code 2024-01-31}: a whole day in the shop's time zone. */
  record CalendarDate(LocalDate date, Span span) implements DateValue {
    public CalendarDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code 2024-01-31T13:45:00}: an instant, read in the shop's time zone. */
  record DateTime(LocalDateTime dateTime, Span span) implements DateValue {
    public DateTime {
      Objects.requireNonNull(dateTime, "dateTime");
      if (dateTime.getNano() != 0) {
        throw new IllegalArgumentException("date-times have second precision: " + dateTime);
      }
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code -30d}, {@code +2w}, {@code -3m}, {@code -1y}: calendar arithmetic on today. */
  record DateOffset(int amount, DateUnit unit, Span span) implements DateValue {
    public DateOffset {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(span, "span");
    }
  }

  /** {@code today} or {@code yesterday}. */
  record NamedDate(NamedDay day, Span span) implements DateValue {
    public NamedDate {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(span, "span");
    }
  }

  /** Units of a {@link DateOffset}. */
  enum DateUnit {
    DAY('d'), WEEK('w'), MONTH('m'), YEAR('y');

    private final char letter;

    DateUnit(char letter) {
      this.letter = letter;
    }

    public char letter() {
      return letter;
    }

    static DateUnit ofLetter(char letter) {
      for (DateUnit unit : values()) {
        if (unit.letter == letter) {
          return unit;
        }
      }
      throw new IllegalArgumentException("no date unit '" + letter + "'");
    }
  }

  /** The named days. */
  enum NamedDay {
    TODAY, YESTERDAY;

    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
