package org.segmentum.engine;

import java.util.HashMap;
import java.util.Map;
import org.segmentum.query.Param;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Test;
import org.segmentum.query.time.DateResolver;

/**
 * The parameters of one function clause, turned into conditions on record columns: intervals for
 * dates (epoch seconds), money ({@link Money} units) and counts, key sets for ids. Absent parameters
 * are null. Aggregates ({@code count}, {@code sum_quantity}, {@code sum_amount}) are kept apart.
 */
final class RecordConditions {
  final Map<String, ParamTest> params = new HashMap<>();
  final Interval date;
  final Interval amount;
  final Interval quantity;
  final Interval count;
  final Interval sumAmount;
  final Interval sumQuantity;

  RecordConditions(Test.Matches matches, DateResolver dates) {
    for (Param param : matches.params()) {
      params.put(param.name(), param.test());
    }
    date = dateInterval(params.get("date"), dates);
    amount = numberInterval(params.get("amount"), Money.SCALE);
    quantity = numberInterval(params.get("quantity"), 0);
    count = numberInterval(params.get("count"), 0);
    sumAmount = numberInterval(params.get("sum_amount"), Money.SCALE);
    sumQuantity = numberInterval(params.get("sum_quantity"), 0);
  }

  boolean hasAggregate() {
    return count != null || sumAmount != null || sumQuantity != null;
  }

  /** True when the aggregates over a customer's selected records satisfy every aggregate parameter. */
  boolean aggregatesHold(long selected, long amountTotal, long quantityTotal) {
    if (!hasAggregate()) {
      return selected > 0;
    }
    return (count == null || count.test(selected)) && (sumAmount == null || sumAmount.test(amountTotal))
        && (sumQuantity == null || sumQuantity.test(quantityTotal));
  }

  KeyCondition key(String name) {
    ParamTest test = params.get(name);
    return test == null ? null : KeyCondition.of(test);
  }

  private static Interval dateInterval(ParamTest test, DateResolver dates) {
    if (test == null) {
      return null;
    }
    return switch (test) {
      case Test.Compare compare -> Interval.of(dates.compare(compare.op(), Literals.date(compare.value())));
      case Test.Between between -> Interval.of(dates.between(Literals.date(between.low()),
          Literals.date(between.high())));
      case ParamTest.In in -> throw new EngineException("IN on a date parameter");
    };
  }

  private static Interval numberInterval(ParamTest test, int scale) {
    if (test == null) {
      return null;
    }
    return switch (test) {
      case Test.Compare compare -> Interval.compare(compare.op(), Literals.decimal(compare.value()), scale);
      case Test.Between between -> Interval.between(Literals.decimal(between.low()),
          Literals.decimal(between.high()), scale);
      case ParamTest.In in -> throw new EngineException("IN on a number parameter");
    };
  }
}
