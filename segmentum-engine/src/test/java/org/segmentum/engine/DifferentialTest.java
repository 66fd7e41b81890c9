package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.query.Validation;

/**
 * The bitmap engine against the reference evaluator on seeded random shops and random valid queries.
 * CI runs 500 shops x 40 queries; {@code -Dsegmentum.fuzz.scale=N} runs N times more. A failure names
 * the seed and the shrunk query.
 */
class DifferentialTest {
  private static final int SHOPS = 500 * Integer.getInteger("segmentum.fuzz.scale", 1);
  private static final int QUERIES_PER_SHOP = 40;

  @Test
  void engineAgreesWithTheReferenceEvaluator() {
    long base = Long.getLong("segmentum.fuzz.seed", 20261122L);
    int compared = 0;
    for (int s = 0; s < SHOPS; s++) {
      long seed = base + s;
      RandomShop shop = new RandomShop(seed);
      Engine engine = Engine.load(shop.store, Clock.fixed(shop.now, ZoneOffset.UTC));
      SnapshotInvariants.check(engine.snapshotForTests());
      LocalDate asOf = engine.scoresAsOf();
      ReferenceEvaluator reference = new ReferenceEvaluator(shop.store, shop.now, asOf);
      Query language = Query.language().withSchema(ShopSchema.of(shop.store.metafieldDefinitions()));
      RandomQueries queries = new RandomQueries(new SplittableRandom(seed * 31), shop.now, engine.zone(), shop.store);
      for (int q = 0; q < QUERIES_PER_SHOP; q++) {
        Expr expr = queries.expr(3);
        if (disagree(expr, language, engine, reference)) {
          Expr small = Shrinker.shrink(expr, e -> disagree(e, language, engine, reference));
          String text = Query.print(small);
          fail("seed %d: engine and reference disagree on %s (now %s, zone %s)%nengine:    %s%nreference: %s",
              seed, text, shop.now, engine.zone(), members(engine, language, text, shop),
              reference.members(checked(language, text)));
        }
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(10_000);
  }

  private static boolean disagree(Expr expr, Query language, Engine engine, ReferenceEvaluator reference) {
    var query = checked(language, Query.print(expr));
    TreeSet<Long> expected = reference.members(query);
    TreeSet<Long> actual = new TreeSet<>();
    engine.evaluate(query, reference.now()).customerIds().forEach(actual::add);
    return !expected.equals(actual);
  }

  private static TreeSet<Long> members(Engine engine, Query language, String text, RandomShop shop) {
    TreeSet<Long> actual = new TreeSet<>();
    engine.evaluate(checked(language, text), shop.now).customerIds().forEach(actual::add);
    return actual;
  }

  static org.segmentum.query.CheckedQuery checked(Query language, String text) {
    return switch (language.validate(text)) {
      case Validation.Valid valid -> valid.query();
      case Validation.Invalid invalid -> throw new AssertionError("generated query is invalid: " + text + " "
          + invalid.diagnostics());
    };
  }
}
