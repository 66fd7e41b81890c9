package org.segmentum.query;

import java.util.List;
import java.util.Objects;

/** Operations on whole trees. */
public final class Ast {
  private Ast() {
  }

  /** The same tree with every span replaced by {@link Span#NONE}, to compare shapes. */
  public static Expr withoutSpans(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> new Expr.Or(or.operands().stream().map(Ast::withoutSpans).toList(), Span.NONE);
      case Expr.And and -> new Expr.And(and.operands().stream().map(Ast::withoutSpans).toList(), Span.NONE);
      case Expr.Not not -> new Expr.Not(withoutSpans(not.operand()), Span.NONE);
      case Expr.Clause clause -> new Expr.Clause(withoutSpans(clause.subject()), withoutSpans(clause.test()),
          Span.NONE, Span.NONE);
    };
  }

  /** Counts the clauses of a tree. */
  public static int clauseCount(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> or.operands().stream().mapToInt(Ast::clauseCount).sum();
      case Expr.And and -> and.operands().stream().mapToInt(Ast::clauseCount).sum();
      case Expr.Not not -> clauseCount(not.operand());
      case Expr.Clause clause -> 1;
    };
  }

  private static Subject withoutSpans(Subject subject) {
    return switch (subject) {
      case Subject.Filter filter -> Subject.Filter.of(filter.name());
      case Subject.Anniversary anniversary -> Subject.Anniversary.of(anniversary.attribute());
    };
  }

  private static Test withoutSpans(Test test) {
    return switch (test) {
      case Test.Compare compare -> new Test.Compare(compare.op(), withoutSpans(compare.value()));
      case Test.Between between -> new Test.Between(withoutSpans(between.low()), withoutSpans(between.high()));
      case Test.Contains contains -> new Test.Contains(contains.negated(), withoutSpans(contains.value()));
      case Test.IsNull isNull -> isNull;
      case Test.Matches matches -> new Test.Matches(matches.negated(),
          matches.params().stream().map(p -> Param.of(p.name(), withoutSpans(p.test()))).toList());
    };
  }

  private static ParamTest withoutSpans(ParamTest test) {
    return switch (test) {
      case Test.Compare compare -> new Test.Compare(compare.op(), withoutSpans(compare.value()));
      case Test.Between between -> new Test.Between(withoutSpans(between.low()), withoutSpans(between.high()));
      case ParamTest.In in -> new ParamTest.In(in.negated(), in.values().stream().map(Ast::withoutSpans).toList());
    };
  }

  /** The same value with its span (and those inside it) replaced by {@link Span#NONE}. */
  public static Value withoutSpans(Value value) {
    return switch (value) {
      case Value.Text v -> new Value.Text(v.text(), Span.NONE);
      case Value.Whole v -> new Value.Whole(v.value(), Span.NONE);
      case Value.Decimal v -> new Value.Decimal(v.value(), Span.NONE);
      case Value.Bool v -> new Value.Bool(v.value(), Span.NONE);
      case Value.Tuple v -> new Value.Tuple(v.values().stream().map(Ast::withoutSpans).toList(), Span.NONE);
      case Value.CalendarDate v -> new Value.CalendarDate(v.date(), Span.NONE);
      case Value.DateTime v -> new Value.DateTime(v.dateTime(), Span.NONE);
      case Value.DateOffset v -> new Value.DateOffset(v.amount(), v.unit(), Span.NONE);
      case Value.NamedDate v -> new Value.NamedDate(v.day(), Span.NONE);
    };
  }

  static List<Expr> flatOperands(List<Expr> operands, Class<? extends Expr> kind, String keyword) {
    List<Expr> copy = List.copyOf(operands);
    if (copy.size() < 2) {
      throw new IllegalArgumentException(keyword + " needs at least two operands, got " + copy.size());
    }
    for (Expr operand : copy) {
      if (kind.isInstance(Objects.requireNonNull(operand, "operand"))) {
        throw new IllegalArgumentException(keyword + " operands are flattened: no " + keyword + " directly inside");
      }
    }
    return copy;
  }
}
