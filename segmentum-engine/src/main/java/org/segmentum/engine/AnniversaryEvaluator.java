package org.segmentum.engine;

import java.time.LocalDate;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.query.Cmp;
import org.segmentum.query.Test;
import org.segmentum.query.time.Anniversaries;
import org.segmentum.query.time.DateResolver;

/**
 * {@code anniversary('attribute') op value} (LANGUAGE.md §5). The range of days asked about is turned
 * once into a table over the 1,232 month-day keys ({@code month * 100 + day}), so each customer costs
 * one lookup. {@code !=} is the complement among customers that have the date.
 */
final class AnniversaryEvaluator {
  private final Snapshot snapshot;
  private final DateResolver dates;

  AnniversaryEvaluator(Snapshot snapshot, DateResolver dates) {
    this.snapshot = snapshot;
    this.dates = dates;
  }

  RoaringBitmap evaluate(String attribute, Test test, RoaringBitmap scope) {
    int[] monthDays = monthDays(attribute);
    RoaringBitmap result = new RoaringBitmap();
    if (test instanceof Test.IsNull isNull) {
      scope.forEach((int i) -> {
        if ((monthDays[i] >= 0) == isNull.negated()) {
          result.add(i);
        }
      });
      return result;
    }
    boolean[] inRange = table(test);
    boolean negated = test instanceof Test.Compare compare && compare.op() == Cmp.NE;
    scope.forEach((int i) -> {
      int key = monthDays[i];
      if (key >= 0 && inRange[key] != negated) {
        result.add(i);
      }
    });
    return result;
  }

  private boolean[] table(Test test) {
    LocalDate first;
    LocalDate last;
    switch (test) {
      case Test.Compare compare -> {
        first = dates.day(Literals.date(compare.value()));
        last = first;
      }
      case Test.Between between -> {
        first = dates.day(Literals.date(between.low()));
        last = dates.day(Literals.date(between.high()));
      }
      default -> throw new EngineException("operator not valid for anniversary: " + test);
    }
    boolean[] inRange = new boolean[1232];
    for (int month = 1; month <= 12; month++) {
      for (int day = 1; day <= LocalDate.of(2024, month, 1).lengthOfMonth(); day++) {
        inRange[month * 100 + day] = Anniversaries.fallsWithin(month, day, first, last);
      }
    }
    return inRange;
  }

  private int[] monthDays(String attribute) {
    if (attribute.equals("birth_date")) {
      return snapshot.customers.birthMonthDay;
    }
    Object[] values = snapshot.customers.metafields.get(attribute.substring("metafields.".length()));
    int[] keys = new int[snapshot.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = values != null && values[i] instanceof LocalDate date ? date.getMonthValue() * 100 + date.getDayOfMonth() : -1;
    }
    return keys;
  }
}
