package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random valid trees print to text that checks, parses back to the same tree and prints the same again
 * (LANGUAGE.md §9). Each case has its own seed, printed with the shrunk tree when a case fails.
 */
class RoundTripTest {
  private static final int CASES = 10_000;
  private static final int MAX_DEPTH = 4;

  /** How a tree fails the property: {@code kind} decides whether a smaller tree fails the same way. */
  record Failure(String kind, String detail) {
  }

  @org.junit.jupiter.api.Test
  void randomTreesRoundTripThroughTheirCanonicalText() {
    long base = Fuzz.seed();
    int cases = CASES * Fuzz.scale();
    Set<String> subjects = new HashSet<>();
    int tested = 0;
    for (long seed = base; tested < cases; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Expr tree = new RandomQueries(random).expr(random.nextInt(MAX_DEPTH + 1));
      if (!withinLimits(tree)) {
        continue;
      }
      tested++;
      collectSubjects(tree, subjects);
      Optional<Failure> failure = failure(tree);
      if (failure.isPresent()) {
        String kind = failure.get().kind();
        Expr small = Shrinker.shrink(tree, t -> failure(t).filter(f -> f.kind().equals(kind)).isPresent());
        fail("round trip failed for seed %d (replay with -Dsegmentum.fuzz.seed=%d)%n  query:  %s%n  failure: %s%n"
            + "  shrunk: %s%n  %s", seed, seed, Query.print(tree), kind, Query.print(small), failure(small).orElseThrow());
      }
    }
    Set<String> catalog = new HashSet<>();
    FilterCatalog.standard().filters().values().stream()
        .filter(f -> f.kind() == FilterDefinition.Kind.ATTRIBUTE || f.kind() == FilterDefinition.Kind.FUNCTION)
        .forEach(f -> catalog.add(f.name()));
    assertThat(subjects).as("filters generated").containsAll(catalog).contains("anniversary", "metafields");
  }

  @org.junit.jupiter.api.Test
  void shrinkingKeepsAFailureAndMakesItSmaller() {
    Expr tree = Query.check("amount_spent > 1 AND (number_of_orders = 2 OR NOT customer_tags CONTAINS 'x')"
        + " AND products_purchased MATCHES (id IN (1, 2, 3), count >= 2)") instanceof Validation.Valid v
        ? Ast.withoutSpans(v.query().expr()) : null;
    assertThat(tree).isNotNull();
    Expr small = Shrinker.shrink(tree, t -> Query.print(t).contains("customer_tags"));
    assertThat(Query.print(small)).isEqualTo("customer_tags CONTAINS 'x'");
    Expr params = Shrinker.shrink(tree, t -> Query.print(t).contains("3)"));
    assertThat(Query.print(params)).isEqualTo("products_purchased MATCHES (id IN (3))");
  }

  static Optional<Failure> failure(Expr tree) {
    try {
      String text = Query.print(tree);
      Validation validation = Query.check(text);
      if (!(validation instanceof Validation.Valid valid)) {
        Diagnostic first = validation.diagnostics().get(0);
        return Optional.of(new Failure("invalid " + first.code(), first.render()));
      }
      CheckedQuery checked = valid.query();
      if (!Ast.withoutSpans(checked.expr()).equals(tree)) {
        return Optional.of(new Failure("different tree", "parsed back as " + Ast.withoutSpans(checked.expr())));
      }
      if (!checked.canonical().equals(text) || !Query.print(checked.expr()).equals(text)) {
        return Optional.of(new Failure("not idempotent", "printed again as " + checked.canonical()));
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(new Failure("exception " + e.getClass().getName(), String.valueOf(e.getMessage())));
    }
  }

  private static boolean withinLimits(Expr tree) {
    Limits limits = Limits.DEFAULTS;
    return Ast.clauseCount(tree) <= limits.maxClauses() && Query.print(tree).length() <= limits.maxQueryLength();
  }

  private static void collectSubjects(Expr expr, Set<String> out) {
    switch (expr) {
      case Expr.Or or -> or.operands().forEach(o -> collectSubjects(o, out));
      case Expr.And and -> and.operands().forEach(o -> collectSubjects(o, out));
      case Expr.Not not -> collectSubjects(not.operand(), out);
      case Expr.Clause clause -> out.add(switch (clause.subject()) {
        case Subject.Filter filter -> filter.name().startsWith("metafields.") ? "metafields" : filter.name();
        case Subject.Anniversary anniversary -> "anniversary";
      });
    }
  }
}
