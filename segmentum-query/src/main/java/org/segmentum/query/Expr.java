package org.segmentum.query;

import java.util.List;
import java.util.Objects;

/**
 * A segment condition: the AST of a query. Closed: handle it with an exhaustive {@code switch}.
 *
 * <p>The tree is kept in one normal form, which is what the parser produces: {@link Or} and {@link And}
 * have at least two operands and never an operand of their own kind (they are flattened). Spans locate
 * nodes in the parsed text and take part in {@code equals}; {@link Ast#withoutSpans} compares shapes.
 */
public sealed interface Expr {
  Span span();

  /** True when any operand is true. */
  record Or(List<Expr> operands, Span span) implements Expr {
    public Or {
      operands = Ast.flatOperands(operands, Or.class, "OR");
      Objects.requireNonNull(span, "span");
    }
  }

  /** True when every operand is true. */
  record And(List<Expr> operands, Span span) implements Expr {
    public And {
      operands = Ast.flatOperands(operands, And.class, "AND");
      Objects.requireNonNull(span, "span");
    }
  }

  /** The exact complement of its operand. */
  record Not(Expr operand, Span span) implements Expr {
    public Not {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * One filter test, such as {@code amount_spent > 100}. {@code operator} locates the operator keyword
   * or symbol in the text.
   */
  record Clause(Subject subject, Test test, Span operator, Span span) implements Expr {
    public Clause {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(test, "test");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(span, "span");
    }

    /** A clause built in code, without source positions. */
    public static Clause of(Subject subject, Test test) {
      return new Clause(subject, test, Span.NONE, Span.NONE);
    }
  }
}
