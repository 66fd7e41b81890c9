package org.segmentum.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing tree: repeatedly takes the first one-step smaller tree (an operand instead of its
 * AND, OR or NOT; an operand, parameter or list value dropped) that still fails, until none does.
 */
final class Shrinker {
  private Shrinker() {
  }

  static Expr shrink(Expr failing, Predicate<Expr> stillFails) {
    Expr current = failing;
    boolean smaller = true;
    while (smaller) {
      smaller = false;
      for (Expr candidate : candidates(current)) {
        if (stillFails.test(candidate)) {
          current = candidate;
          smaller = true;
          break;
        }
      }
    }
    return current;
  }

  /** Every tree one step smaller than this one, all in the normal form. */
  static List<Expr> candidates(Expr expr) {
    List<Expr> out = new ArrayList<>();
    switch (expr) {
      case Expr.And and -> operandCandidates(and.operands(), true, out);
      case Expr.Or or -> operandCandidates(or.operands(), false, out);
      case Expr.Not not -> {
        out.add(not.operand());
        candidates(not.operand()).forEach(c -> out.add(new Expr.Not(c, Span.NONE)));
      }
      case Expr.Clause clause -> {
        if (clause.test() instanceof Test.Matches matches) {
          matchesCandidates(matches).forEach(m -> out.add(Expr.Clause.of(clause.subject(), m)));
        }
      }
    }
    return out;
  }

  private static void operandCandidates(List<Expr> operands, boolean and, List<Expr> out) {
    out.addAll(operands);
    for (int i = 0; i < operands.size(); i++) {
      List<Expr> without = new ArrayList<>(operands);
      without.remove(i);
      if (without.size() > 1) {
        out.add(combine(without, and));
      }
    }
    for (int i = 0; i < operands.size(); i++) {
      for (Expr candidate : candidates(operands.get(i))) {
        List<Expr> replaced = new ArrayList<>(operands);
        replaced.set(i, candidate);
        out.add(combine(replaced, and));
      }
    }
  }

  private static List<Test.Matches> matchesCandidates(Test.Matches matches) {
    List<Test.Matches> out = new ArrayList<>();
    List<Param> params = matches.params();
    for (int i = 0; i < params.size(); i++) {
      List<Param> without = new ArrayList<>(params);
      without.remove(i);
      out.add(new Test.Matches(matches.negated(), without));
      if (params.get(i).test() instanceof ParamTest.In in && in.values().size() > 1) {
        for (int j = 0; j < in.values().size(); j++) {
          List<Value> fewer = new ArrayList<>(in.values());
          fewer.remove(j);
          List<Param> replaced = new ArrayList<>(params);
          replaced.set(i, Param.of(params.get(i).name(), new ParamTest.In(in.negated(), fewer)));
          out.add(new Test.Matches(matches.negated(), replaced));
        }
      }
    }
    return out;
  }

  /** AND or OR of the operands, flattened, or the operand itself when only one is left. */
  private static Expr combine(List<Expr> operands, boolean and) {
    List<Expr> flat = new ArrayList<>();
    for (Expr operand : operands) {
      if (and && operand instanceof Expr.And inner) {
        flat.addAll(inner.operands());
      } else if (!and && operand instanceof Expr.Or inner) {
        flat.addAll(inner.operands());
      } else {
        flat.add(operand);
      }
    }
    if (flat.size() == 1) {
      return flat.get(0);
    }
    return and ? new Expr.And(flat, Span.NONE) : new Expr.Or(flat, Span.NONE);
  }
}
