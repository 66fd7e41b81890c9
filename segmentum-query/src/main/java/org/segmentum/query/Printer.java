package org.segmentum.query;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The canonical text of a query (LANGUAGE.md §9): upper-case keywords, single spaces, the MATCHES form,
 * offsets for legacy dates, parentheses only where precedence needs them, strings re-escaped.
 */
final class Printer {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Printer() {
  }

  static String print(Expr expr) {
    StringBuilder out = new StringBuilder();
    expr(expr, out);
    return out.toString();
  }

  private static void expr(Expr expr, StringBuilder out) {
    switch (expr) {
      case Expr.Or or -> join(or.operands(), " OR ", out, Expr.Or.class);
      case Expr.And and -> join(and.operands(), " AND ", out, Expr.And.class);
      case Expr.Not not -> {
        out.append("NOT ");
        operand(not.operand(), out, not.operand() instanceof Expr.Or || not.operand() instanceof Expr.And);
      }
      case Expr.Clause clause -> clause(clause, out);
    }
  }

  private static void join(java.util.List<Expr> operands, String keyword, StringBuilder out, Class<?> kind) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        out.append(keyword);
      }
      Expr operand = operands.get(i);
      // AND binds tighter than OR, so only an OR inside an AND needs parentheses.
      operand(operand, out, kind == Expr.And.class && operand instanceof Expr.Or);
    }
  }

  private static void operand(Expr operand, StringBuilder out, boolean parenthesise) {
    if (parenthesise) {
      out.append('(');
      expr(operand, out);
      out.append(')');
    } else {
      expr(operand, out);
    }
  }

  private static void clause(Expr.Clause clause, StringBuilder out) {
    switch (clause.subject()) {
      case Subject.Filter filter -> out.append(filter.name());
      case Subject.Anniversary anniversary -> out.append("anniversary(").append(text(anniversary.attribute())).append(')');
    }
    switch (clause.test()) {
      case Test.Compare compare -> out.append(' ').append(compare.op().symbol()).append(' ').append(value(compare.value()));
      case Test.Between between -> out.append(" BETWEEN ").append(value(between.low())).append(" AND ")
          .append(value(between.high()));
      case Test.Contains contains -> out.append(contains.negated() ? " NOT CONTAINS " : " CONTAINS ")
          .append(value(contains.value()));
      case Test.IsNull isNull -> out.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
      case Test.Matches matches -> out.append(matches.negated() ? " NOT MATCHES (" : " MATCHES (")
          .append(matches.params().stream().map(Printer::param).collect(Collectors.joining(", "))).append(')');
    }
  }

  private static String param(Param param) {
    return param.name() + switch (param.test()) {
      case Test.Compare compare -> " " + compare.op().symbol() + " " + value(compare.value());
      case Test.Between between -> " BETWEEN " + value(between.low()) + " AND " + value(between.high());
      case ParamTest.In in -> (in.negated() ? " NOT IN (" : " IN (")
          + in.values().stream().map(Printer::value).collect(Collectors.joining(", ")) + ")";
    };
  }

  static String value(Value value) {
    return switch (value) {
      case Value.Text text -> text(text.text());
      case Value.Whole whole -> Long.toString(whole.value());
      case Value.Decimal decimal -> decimal.value().toPlainString();
      case Value.Bool bool -> bool.value() ? "TRUE" : "FALSE";
      case Value.Tuple tuple -> tuple.values().stream().map(Printer::value).collect(Collectors.joining(", ", "(", ")"));
      case Value.CalendarDate date -> date.date().toString();
      case Value.DateTime dateTime -> DATE_TIME.format(dateTime.dateTime());
      case Value.DateOffset offset -> (offset.amount() < 0 ? "-" : "+") + Math.abs(offset.amount()) + offset.unit().letter();
      case Value.NamedDate named -> named.day().text();
    };
  }

  static String text(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
