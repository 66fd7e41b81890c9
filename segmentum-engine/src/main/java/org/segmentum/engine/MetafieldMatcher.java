package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.segmentum.query.Cmp;
import org.segmentum.query.Test;
import org.segmentum.query.Value;
import org.segmentum.query.time.DateResolver;
import org.segmentum.query.time.TimeCondition;

/**
 * Tests one customer's custom field value (Long, BigDecimal, String, LocalDate, Boolean or a list of
 * them; null when absent) against a clause. A date field stands for its whole local day, like a date
 * literal. Values and literals of different kinds never match a comparison (two-valued logic);
 * strings and booleans compare only with {@code =} and {@code !=}.
 */
final class MetafieldMatcher {
  private final DateResolver dates;

  MetafieldMatcher(DateResolver dates) {
    this.dates = dates;
  }

  boolean test(Object value, Test test) {
    return switch (test) {
      case Test.IsNull isNull -> isMissing(value) != isNull.negated();
      case Test.Contains contains -> {
        boolean has = value instanceof List<?> list && list.stream().anyMatch(e -> compare(e, Cmp.EQ, contains.value()));
        yield has != contains.negated();
      }
      case Test.Compare compare -> value != null && !(value instanceof List<?>)
          && compare(value, compare.op(), compare.value());
      case Test.Between between -> value != null && !(value instanceof List<?>)
          && compare(value, Cmp.GE, between.low()) && compare(value, Cmp.LE, between.high());
      case Test.Matches matches -> false;
    };
  }

  private static boolean isMissing(Object value) {
    return value == null || (value instanceof List<?> list && list.isEmpty());
  }

  private boolean compare(Object value, Cmp op, Value literal) {
    return switch (value) {
      case Long whole -> isNumber(literal) && ordered(BigDecimal.valueOf(whole).compareTo(Literals.decimal(literal)), op);
      case BigDecimal decimal -> isNumber(literal) && ordered(decimal.compareTo(Literals.decimal(literal)), op);
      case String text -> literal instanceof Value.Text t && equality(text.equals(t.text()), op);
      case Boolean bool -> literal instanceof Value.Bool b && equality(bool == b.value(), op);
      case LocalDate date -> literal instanceof Value.DateValue d && dateMatches(date, op, d);
      default -> false;
    };
  }

  /** A date field is compared as the first second of its local day, which decides day-to-day comparisons. */
  private boolean dateMatches(LocalDate date, Cmp op, Value.DateValue literal) {
    TimeCondition condition = dates.compare(op, literal);
    return condition.test(dates.startOf(date));
  }

  private static boolean isNumber(Value literal) {
    return literal instanceof Value.Whole || literal instanceof Value.Decimal;
  }

  private static boolean ordered(int comparison, Cmp op) {
    return switch (op) {
      case EQ -> comparison == 0;
      case NE -> comparison != 0;
      case GT -> comparison > 0;
      case GE -> comparison >= 0;
      case LT -> comparison < 0;
      case LE -> comparison <= 0;
    };
  }

  private static boolean equality(boolean equal, Cmp op) {
    return switch (op) {
      case EQ -> equal;
      case NE -> !equal;
      default -> false;
    };
  }
}
