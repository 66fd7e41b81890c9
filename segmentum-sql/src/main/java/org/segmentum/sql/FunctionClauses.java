package org.segmentum.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentum.query.Cmp;
import org.segmentum.query.Param;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * Function clauses (LANGUAGE.md §6.2) as correlated subqueries over one customer's records. The
 * non-aggregate parameters are the subquery's WHERE; without aggregate parameters the clause is EXISTS of
 * a selected record. With them, the subquery aggregates the selected records without GROUP BY, which
 * yields exactly one group even when nothing is selected (COUNT 0, SUM NULL, made 0 with COALESCE), and
 * HAVING keeps it when every aggregate condition holds: "no records = 0" falls out of SQL itself.
 */
final class FunctionClauses {
  private static final List<String> STATUSES = List.of("OPEN", "PAID", "FULFILLED", "CANCELLED", "REFUNDED");
  private static final String EFFECTIVE_STATUS = "CASE WHEN o.cancelled_at IS NOT NULL THEN 'CANCELLED' ELSE o.status END";
  private final Compilation compilation;

  FunctionClauses(Compilation compilation) {
    this.compilation = compilation;
  }

  Condition condition(String name, Test test) {
    if (!(test instanceof Test.Matches matches)) {
      throw new SqlException("a checked query cannot test " + name + " with " + test);
    }
    Map<String, ParamTest> p = new LinkedHashMap<>();
    for (Param param : matches.params()) {
      p.put(param.name(), param.test());
    }
    Condition holds = switch (name) {
      case "orders_placed" -> ordersPlaced(p);
      case "products_purchased" -> productsPurchased(p);
      case "customer_within_distance" -> DistanceClause.condition(p, compilation.dialect);
      default -> events(EventKind.of(name), p);
    };
    return matches.negated() ? Condition.not(holds) : holds;
  }

  private Condition ordersPlaced(Map<String, ParamTest> p) {
    Select orders = Select.ofCustomer("orders", "o")
        .where(Condition.leaf("NOT o.is_test"))
        .where(status(p.get("status")))
        .where(date(Column.notNull("o.created_at"), p.get("date")))
        .where(number(Column.notNull("o.net_amount"), 4, p.get("amount")))
        .where(key(Column.nullable("o.location_id"), p.get("location_id")))
        .where(key(Column.nullable("o.app_id"), p.get("app_id")));
    aggregate(orders, "COUNT(*)", p, Map.of("count", new Aggregate("COUNT(*)", 0),
        "sum_amount", new Aggregate("COALESCE(SUM(o.net_amount), 0)", 4)));
    return orders.exists();
  }

  private Condition productsPurchased(Map<String, ParamTest> p) {
    Select lines = Select.ofCustomer("orders", "o")
        .join("JOIN line_items li\n  ON li.shop_id = o.shop_id\n  AND li.order_id = o.order_id")
        .where(counted())
        .where(date(Column.notNull("o.created_at"), p.get("date")))
        .where(key(Column.notNull("li.product_id"), p.get("id")))
        .where(tag(p.get("tag")))
        .where(category(p.get("category")))
        .where(number(Column.notNull("li.quantity"), 0, p.get("quantity")));
    aggregate(lines, "COUNT(DISTINCT o.order_id)", p, Map.of("count", new Aggregate("COUNT(DISTINCT o.order_id)", 0),
        "sum_quantity", new Aggregate("COALESCE(SUM(li.quantity), 0)", 0)));
    return lines.exists();
  }

  private Condition events(EventKind kind, Map<String, ParamTest> p) {
    Select events = Select.ofCustomer("events", "e")
        .where(Condition.leaf("e.event_type = '" + kind.wireName() + "'"))
        .where(date(Column.notNull("e.occurred_at"), p.get("date")))
        .where(key(Column.nullable(kind.keyColumn()), p.get(kind.keyParameter())));
    aggregate(events, "COUNT(*)", p, Map.of("count", new Aggregate("COUNT(*)", 0)));
    return events.exists();
  }

  /** Orders that count for purchases: not test orders, not cancelled. */
  private static Condition counted() {
    return Condition.all(Condition.leaf("NOT o.is_test"), Condition.leaf("o.cancelled_at IS NULL"),
        Condition.leaf("o.status <> 'CANCELLED'"));
  }

  /** Without the parameter, every order but a cancelled one; an order with a cancellation time is CANCELLED. */
  private static Condition status(ParamTest test) {
    if (test == null) {
      return Condition.all(Condition.leaf("o.cancelled_at IS NULL"), Condition.leaf("o.status <> 'CANCELLED'"));
    }
    List<String> named = values(test).stream().map(v -> Literals.text(v).toUpperCase(Locale.ROOT)).toList();
    boolean negated = negated(test);
    List<Object> chosen = new ArrayList<>(STATUSES.stream().filter(s -> named.contains(s) != negated).toList());
    if (chosen.size() == STATUSES.size()) {
      return Condition.TRUE;
    }
    return chosen.isEmpty() ? Condition.FALSE : Column.notNull(EFFECTIVE_STATUS).in(chosen, false);
  }

  private Condition tag(ParamTest test) {
    if (test == null) {
      return Condition.TRUE;
    }
    String tag = Literals.text(values(test).get(0)).toLowerCase(Locale.ROOT);
    return Select.of("product_tags", "pt")
        .where(Condition.leaf("pt.shop_id = li.shop_id"))
        .where(Condition.leaf("pt.product_id = li.product_id"))
        .where(Condition.leaf("pt.tag = ?", tag))
        .exists();
  }

  private Condition category(ParamTest test) {
    if (test == null) {
      return Condition.TRUE;
    }
    String tree = compilation.categoryTree(Literals.wholes(values(test)));
    return Select.of("products", "p")
        .where(Condition.leaf("p.shop_id = li.shop_id"))
        .where(Condition.leaf("p.product_id = li.product_id"))
        .where(Condition.leaf("p.category_id IN (SELECT category_id FROM " + tree + ")"))
        .exists();
  }

  /** A record key ({@code =}, {@code !=}, IN, NOT IN); a missing key never matches, negated or not. */
  private static Condition key(Column column, ParamTest test) {
    if (test == null) {
      return Condition.TRUE;
    }
    return column.in(Literals.wholes(values(test)), negated(test));
  }

  private Condition date(Column column, ParamTest test) {
    return switch (test) {
      case null -> Condition.TRUE;
      case Test.Compare compare -> column.within(compilation.dates.compare(compare.op(), Literals.date(compare.value())));
      case Test.Between between -> column.within(compilation.dates.between(Literals.date(between.low()),
          Literals.date(between.high())));
      case ParamTest.In in -> throw new SqlException("IN on a date parameter");
    };
  }

  private static Condition number(Column column, int scale, ParamTest test) {
    return switch (test) {
      case null -> Condition.TRUE;
      case Test.Compare compare -> column.compare(compare.op(), Literals.decimal(compare.value()), scale);
      case Test.Between between -> column.between(Literals.decimal(between.low()), Literals.decimal(between.high()),
          scale);
      case ParamTest.In in -> throw new SqlException("IN on a number parameter");
    };
  }

  /** An aggregate over the selected records (never NULL) holding values times {@code 10^scale}. */
  private record Aggregate(String sql, int scale) {
  }

  /** Adds the HAVING of the aggregate parameters present, each tested on its aggregate. */
  private static void aggregate(Select select, String columns, Map<String, ParamTest> p,
      Map<String, Aggregate> aggregates) {
    List<Condition> conditions = new ArrayList<>();
    for (Map.Entry<String, ParamTest> param : p.entrySet()) {
      Aggregate aggregate = aggregates.get(param.getKey());
      if (aggregate != null) {
        conditions.add(number(Column.notNull(aggregate.sql()), aggregate.scale(), param.getValue()));
      }
    }
    if (!conditions.isEmpty()) {
      select.having(columns, Condition.all(conditions));
    }
  }

  private static List<Value> values(ParamTest test) {
    return switch (test) {
      case Test.Compare compare -> List.of(compare.value());
      case ParamTest.In in -> in.values();
      case Test.Between between -> throw new SqlException("BETWEEN on a value-set parameter");
    };
  }

  private static boolean negated(ParamTest test) {
    return switch (test) {
      case Test.Compare compare -> compare.op() == Cmp.NE;
      case ParamTest.In in -> in.negated();
      case Test.Between between -> false;
    };
  }
}
