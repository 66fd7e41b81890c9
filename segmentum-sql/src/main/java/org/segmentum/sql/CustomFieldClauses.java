package org.segmentum.sql;

import org.segmentum.query.Cmp;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * Custom fields ({@code metafields.<namespace>.<key>}, LANGUAGE.md §6.1) over
 * {@code customer_metafields m}: one row per scalar value, one per list element, none for an absent
 * value or an empty list. A value is compared according to the literal's kind (number, text, boolean,
 * date); a value of another kind never matches, as in the engine. Numbers are exact (see
 * {@link CustomNumbers}); a date value stands for the start of its local day.
 */
final class CustomFieldClauses {
  static final String PREFIX = "metafields.";
  private final Compilation compilation;

  CustomFieldClauses(Compilation compilation) {
    this.compilation = compilation;
  }

  /** The rows of one field of the outer customer, {@code "namespace.key"}. */
  static Select rows(String filterName) {
    return Select.ofCustomer("customer_metafields", "m")
        .where(Condition.leaf("m.field = ?", filterName.substring(PREFIX.length())));
  }

  /** The row of one field's scalar value (not a list) of the outer customer. */
  static Select scalarRows(String filterName) {
    return rows(filterName).where(Condition.leaf("NOT m.is_list"));
  }

  Condition condition(String name, Test test) {
    return switch (test) {
      case Test.IsNull isNull -> {
        Condition any = rows(name).exists();
        yield isNull.negated() ? any : Condition.not(any);
      }
      case Test.Contains contains -> {
        Condition has = rows(name).where(Condition.leaf("m.is_list")).where(compare(Cmp.EQ, contains.value()))
            .exists();
        yield contains.negated() ? Condition.not(has) : has;
      }
      case Test.Compare compare -> scalarRows(name).where(compare(compare.op(), compare.value())).exists();
      case Test.Between between -> scalarRows(name)
          .where(Condition.all(compare(Cmp.GE, between.low()), compare(Cmp.LE, between.high()))).exists();
      case Test.Matches matches -> throw new SqlException("a custom field cannot be tested with MATCHES: " + name);
    };
  }

  /** {@code value op literal} on the row's typed columns. */
  private Condition compare(Cmp op, Value literal) {
    return switch (literal) {
      case Value.Whole whole -> CustomNumbers.compare(op, Literals.decimal(whole));
      case Value.Decimal decimal -> CustomNumbers.compare(op, decimal.value());
      case Value.Text text -> equality(Column.nullable("m.text_value"), op, text.text());
      case Value.Bool bool -> equality(Column.nullable("m.boolean_value"), op, bool.value());
      case Value.DateValue date -> Column.nullable("m.date_start").within(compilation.dates.compare(op, date));
      case Value.Tuple tuple -> Condition.FALSE;
    };
  }

  private static Condition equality(Column column, Cmp op, Object value) {
    return switch (op) {
      case EQ -> column.is("=", value);
      case NE -> column.is("<>", value);
      default -> Condition.FALSE;
    };
  }
}
