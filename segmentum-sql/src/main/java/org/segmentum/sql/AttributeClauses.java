package org.segmentum.sql;

import java.util.function.Function;
import org.segmentum.query.Test;
import org.segmentum.query.Value;
import org.segmentum.query.time.DateResolver;

/**
 * Customer attributes (LANGUAGE.md §6.1): numbers, instants and strings are columns of
 * {@code customers c} or {@code customer_facts f}; lists are rows of a side table tested with EXISTS.
 */
final class AttributeClauses {
  private AttributeClauses() {
  }

  /** A number column holding values times {@code 10^scale}. */
  static Condition number(Column column, int scale, Test test) {
    return switch (test) {
      case Test.Compare compare -> column.compare(compare.op(), Literals.decimal(compare.value()), scale);
      case Test.Between between -> column.between(Literals.decimal(between.low()), Literals.decimal(between.high()),
          scale);
      case Test.IsNull isNull -> isNull.negated() ? column.present() : column.missing();
      default -> throw unexpected(column, test);
    };
  }

  /** An instant column in epoch seconds, compared with date values resolved in the shop's zone. */
  static Condition instant(Column column, Test test, DateResolver dates) {
    return switch (test) {
      case Test.Compare compare -> column.within(dates.compare(compare.op(), Literals.date(compare.value())));
      case Test.Between between -> column.within(dates.between(Literals.date(between.low()),
          Literals.date(between.high())));
      case Test.IsNull isNull -> isNull.negated() ? column.present() : column.missing();
      default -> throw unexpected(column, test);
    };
  }

  /** A string or enum column: {@code =}, {@code !=} (both false when missing), IS [NOT] NULL. */
  static Condition text(Column column, Test test) {
    return switch (test) {
      case Test.Compare compare -> switch (compare.op()) {
        case EQ -> column.is("=", Literals.text(compare.value()));
        case NE -> column.is("<>", Literals.text(compare.value()));
        default -> throw unexpected(column, test);
      };
      case Test.IsNull isNull -> isNull.negated() ? column.present() : column.missing();
      default -> throw unexpected(column, test);
    };
  }

  /**
   * A list held as rows of a side table ({@code customer_tags t}) with one value per row in
   * {@code column}: CONTAINS is EXISTS of a row with the value, NOT CONTAINS its complement, IS NULL the
   * absence of any row with a value.
   */
  static Condition list(String table, String alias, Column column, Test test, Function<Value, Object> literal) {
    Select rows = Select.ofCustomer(table, alias);
    return switch (test) {
      case Test.Contains contains -> {
        Condition has = rows.where(Condition.leaf(column.sql() + " = ?", literal.apply(contains.value()))).exists();
        yield contains.negated() ? Condition.not(has) : has;
      }
      case Test.IsNull isNull -> {
        Condition any = rows.where(column.present()).exists();
        yield isNull.negated() ? any : Condition.not(any);
      }
      default -> throw unexpected(column, test);
    };
  }

  static SqlException unexpected(Column column, Test test) {
    return new SqlException("a checked query cannot test " + column.sql() + " with " + test);
  }
}
