package org.segmentum.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.segmentum.query.Cmp;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * Date semantics of LANGUAGE.md §5 written as calendar comparisons: a date value compares the
 * shop-local date of the instant with the value's day ({@code >} is "a later day"); a date-time
 * compares instants. Independent of the engine's epoch-second ranges on purpose.
 */
final class ReferenceDates {
  private final ZoneId zone;
  private final LocalDate today;

  ReferenceDates(ZoneId zone, Instant now) {
    this.zone = zone;
    this.today = LocalDate.ofInstant(now, zone);
  }

  LocalDate day(Value value) {
    return switch (Literals.date(value)) {
      case Value.CalendarDate d -> d.date();
      case Value.DateTime d -> d.dateTime().toLocalDate();
      case Value.NamedDate d -> d.day() == Value.NamedDay.TODAY ? today : today.minusDays(1);
      case Value.DateOffset d -> switch (d.unit()) {
        case DAY -> today.plusDays(d.amount());
        case WEEK -> today.plusDays(7L * d.amount());
        case MONTH -> today.plusMonths(d.amount());
        case YEAR -> today.plusYears(d.amount());
      };
    };
  }

  /** {@code attribute op value} for an instant attribute (null when missing). */
  boolean instant(Instant actual, Test test) {
    if (test instanceof Test.IsNull isNull) {
      return (actual == null) != isNull.negated();
    }
    if (actual == null) {
      return false;
    }
    return switch (test) {
      case Test.Compare compare -> compare(actual, compare.op(), compare.value());
      case Test.Between between -> compare(actual, Cmp.GE, between.low()) && compare(actual, Cmp.LE, between.high());
      default -> false;
    };
  }

  boolean compare(Instant actual, Cmp op, Value value) {
    if (value instanceof Value.DateTime dateTime) {
      Instant literal = dateTime.dateTime().atZone(zone).toInstant();
      return ordered(actual.compareTo(literal), op);
    }
    LocalDate local = LocalDateTime.ofInstant(actual, zone).toLocalDate();
    return ordered(local.compareTo(day(value)), op);
  }

  /** Anniversary: walks the days of the range (at most a year's worth are needed). */
  boolean anniversary(LocalDate date, Test test) {
    if (test instanceof Test.IsNull isNull) {
      return (date == null) != isNull.negated();
    }
    if (date == null) {
      return false;
    }
    return switch (test) {
      case Test.Compare compare -> onAnniversary(date, day(compare.value())) == (compare.op() == Cmp.EQ);
      case Test.Between between -> {
        LocalDate first = day(between.low());
        LocalDate last = day(between.high());
        for (LocalDate d = first; !d.isAfter(last) && !d.isAfter(first.plusDays(366)); d = d.plusDays(1)) {
          if (onAnniversary(date, d)) {
            yield true;
          }
        }
        yield false;
      }
      default -> false;
    };
  }

  private static boolean onAnniversary(LocalDate date, LocalDate day) {
    if (date.getMonthValue() == 2 && date.getDayOfMonth() == 29 && !day.isLeapYear()) {
      return day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
    }
    return date.getMonthValue() == day.getMonthValue() && date.getDayOfMonth() == day.getDayOfMonth();
  }

  static boolean ordered(int comparison, Cmp op) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
    };
  }

  static boolean equality(boolean equal, Cmp op) {
    return switch (op) {
      case EQ -> equal;
      case NE -> !equal;
      default -> false;
    };
  }
}
