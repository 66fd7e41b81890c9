package org.segmentum.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.segmentum.query.Expr;
import org.segmentum.query.Span;
import org.segmentum.query.Test;

/**
 * Shrinks a failing query: repeatedly replaces the tree by a smaller candidate (an operand instead of
 * an AND/OR, the operand of a NOT, a function clause with one parameter fewer) while it still fails.
 */
final class Shrinker {
  private Shrinker() {
  }

  static Expr shrink(Expr failing, Predicate<Expr> stillFails) {
    Expr current = failing;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Expr candidate : candidates(current)) {
        if (stillFails.test(candidate)) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  private static List<Expr> candidates(Expr expr) {
    List<Expr> result = new ArrayList<>();
    switch (expr) {
      case Expr.Or or -> {
        result.addAll(or.operands());
        result.addAll(dropOne(or.operands(), false));
      }
      case Expr.And and -> {
        result.addAll(and.operands());
        result.addAll(dropOne(and.operands(), true));
      }
      case Expr.Not not -> {
        result.add(not.operand());
        candidates(not.operand()).forEach(c -> result.add(new Expr.Not(c, Span.NONE)));
      }
      case Expr.Clause clause -> {
        if (clause.test() instanceof Test.Matches matches) {
          for (int i = 0; i < matches.params().size(); i++) {
            List<org.segmentum.query.Param> fewer = new ArrayList<>(matches.params());
            fewer.remove(i);
            result.add(Expr.Clause.of(clause.subject(), new Test.Matches(matches.negated(), fewer)));
          }
        }
      }
    }
    return result;
  }

  private static List<Expr> dropOne(List<Expr> operands, boolean and) {
    List<Expr> result = new ArrayList<>();
    if (operands.size() <= 2) {
      return result;
    }
    for (int i = 0; i < operands.size(); i++) {
      List<Expr> fewer = new ArrayList<>(operands);
      fewer.remove(i);
      result.add(and ? new Expr.And(fewer, Span.NONE) : new Expr.Or(fewer, Span.NONE));
    }
    return result;
  }
}
