package org.segmentum.query.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.segmentum.query.Cmp;
import org.segmentum.query.Value;

/**
 * Resolves date values against a shop's time zone and "now" (LANGUAGE.md §5). A date stands for the
 * whole local day {@code [00:00, next day 00:00)}, with that day's zone rules (23- and 25-hour days);
 * a date-time stands for that second. Offsets are calendar arithmetic on today, clamped to the month's
 * end ({@code 2026-03-31 - 1m = 2026-02-28}); {@code -2w} is {@code -14d}.
 *
 * <p>A local date-time that falls in a DST gap is moved forward by the gap's length, and one that
 * falls in an overlap takes the earlier offset ({@link java.time.ZonedDateTime#of} rules). Immutable.
 */
public final class DateResolver {
  private final ZoneId zone;
  private final LocalDate today;

  private DateResolver(ZoneId zone, LocalDate today) {
    this.zone = zone;
    this.today = today;
  }

  /** Resolution at the clock's current instant, in the shop's zone. */
  public static DateResolver at(Clock clock, ZoneId zone) {
    return at(clock.instant(), zone);
  }

  /** Resolution at a given instant, in the shop's zone. */
  public static DateResolver at(Instant now, ZoneId zone) {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    return new DateResolver(zone, LocalDate.ofInstant(now, zone));
  }

  public ZoneId zone() {
    return zone;
  }

  /** The shop-local date of "now". */
  public LocalDate today() {
    return today;
  }

  /** The local day a date value names (a date-time names its own day). */
  public LocalDate day(Value.DateValue value) {
    return switch (value) {
      case Value.CalendarDate date -> date.date();
      case Value.DateTime dateTime -> dateTime.dateTime().toLocalDate();
      case Value.NamedDate named -> switch (named.day()) {
        case TODAY -> today;
        case YESTERDAY -> today.minusDays(1);
      };
      case Value.DateOffset offset -> switch (offset.unit()) {
        case DAY -> today.plusDays(offset.amount());
        case WEEK -> today.plusWeeks(offset.amount());
        case MONTH -> today.plusMonths(offset.amount());
        case YEAR -> today.plusYears(offset.amount());
      };
    };
  }

  /** The epoch second at which a local day starts in the shop's zone. */
  public long startOf(LocalDate day) {
    return day.atStartOfDay(zone).toEpochSecond();
  }

  /** The seconds a value stands for: its whole local day, or its one second for a date-time. */
  public SecondRange span(Value.DateValue value) {
    if (value instanceof Value.DateTime dateTime) {
      long second = dateTime.dateTime().atZone(zone).toEpochSecond();
      return new SecondRange(second, second + 1);
    }
    LocalDate day = day(value);
    return new SecondRange(startOf(day), startOf(day.plusDays(1)));
  }

  /** {@code attribute op value} as a condition on the attribute's instant. */
  public TimeCondition compare(Cmp op, Value.DateValue value) {
    SecondRange span = span(value);
    return switch (op) {
      case EQ -> new TimeCondition(span, false);
      case NE -> new TimeCondition(span, true);
      case GT -> new TimeCondition(new SecondRange(span.to(), Long.MAX_VALUE), false);
      case GE -> new TimeCondition(new SecondRange(span.from(), Long.MAX_VALUE), false);
      case LT -> new TimeCondition(new SecondRange(Long.MIN_VALUE, span.from()), false);
      case LE -> new TimeCondition(new SecondRange(Long.MIN_VALUE, span.to()), false);
    };
  }

  /** {@code attribute BETWEEN low AND high}: from the start of low to the end of high; empty if reversed. */
  public TimeCondition between(Value.DateValue low, Value.DateValue high) {
    return new TimeCondition(new SecondRange(span(low).from(), span(high).to()), false);
  }
}
