package org.segmentum.sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.segmentum.query.Test;
import org.segmentum.query.time.Anniversaries;
import org.segmentum.query.time.DateResolver;

/**
 * {@code anniversary('attribute') op value} (LANGUAGE.md §5) on a stored month-day key
 * ({@code month * 100 + day}): the days asked about are turned here, with {@link Anniversaries}, into
 * the set of keys whose anniversary falls on one of them, written as a few key ranges. The set is
 * contiguous in calendar order apart from the year end (and 29 February, which joins its neighbours),
 * so a range of days gives at most two key ranges.
 */
final class AnniversaryClauses {
  /** A leap year, so that every month-day key, 29 February included, is visited in calendar order. */
  private static final int KEY_YEAR = 2024;

  private AnniversaryClauses() {
  }

  static Condition condition(String attribute, Test test, DateResolver dates) {
    if (attribute.equals("birth_date")) {
      return onKey(Column.nullable("f.birth_month_day"), test, dates);
    }
    Select rows = CustomFieldClauses.scalarRows(attribute).where(Condition.leaf("m.month_day IS NOT NULL"));
    if (test instanceof Test.IsNull isNull) {
      Condition any = rows.exists();
      return isNull.negated() ? any : Condition.not(any);
    }
    return rows.where(onKey(Column.notNull("m.month_day"), test, dates)).exists();
  }

  private static Condition onKey(Column key, Test test, DateResolver dates) {
    return switch (test) {
      case Test.IsNull isNull -> isNull.negated() ? key.present() : key.missing();
      case Test.Compare compare -> {
        LocalDate day = dates.day(Literals.date(compare.value()));
        Condition within = keysWithin(key, day, day);
        yield switch (compare.op()) {
          case EQ -> Condition.all(key.present(), within);
          case NE -> Condition.all(key.present(), Condition.not(within));
          default -> throw AttributeClauses.unexpected(key, test);
        };
      }
      case Test.Between between -> Condition.all(key.present(),
          keysWithin(key, dates.day(Literals.date(between.low())), dates.day(Literals.date(between.high()))));
      default -> throw AttributeClauses.unexpected(key, test);
    };
  }

  /** The key lies in one of the runs of keys whose anniversary falls within [first, last]. */
  private static Condition keysWithin(Column key, LocalDate first, LocalDate last) {
    List<Condition> runs = new ArrayList<>();
    int runStart = -1;
    int previous = -1;
    boolean all = true;
    for (LocalDate day = LocalDate.of(KEY_YEAR, 1, 1); day.getYear() == KEY_YEAR; day = day.plusDays(1)) {
      int k = day.getMonthValue() * 100 + day.getDayOfMonth();
      boolean in = Anniversaries.fallsWithin(day.getMonthValue(), day.getDayOfMonth(), first, last);
      all &= in;
      if (in && runStart < 0) {
        runStart = k;
      } else if (!in && runStart >= 0) {
        runs.add(run(key, runStart, previous));
        runStart = -1;
      }
      previous = k;
    }
    if (all) {
      return Condition.TRUE;
    }
    if (runStart >= 0) {
      runs.add(run(key, runStart, previous));
    }
    return Condition.any(runs);
  }

  private static Condition run(Column key, int from, int to) {
    return from == to ? Condition.leaf(key.sql() + " = ?", (long) from)
        : Condition.leaf(key.sql() + " BETWEEN ? AND ?", (long) from, (long) to);
  }

}
