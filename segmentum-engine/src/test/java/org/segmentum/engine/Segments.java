package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;

/**
 * An engine over one store, loaded at a shop-local instant, whose every answer is checked against the
 * reference evaluator before it is returned.
 */
final class Segments {
  final Store store;
  final Engine engine;
  final Instant loadedAt;
  private final Query language;

  Segments(Store store, Instant loadedAt) {
    this.store = store;
    this.loadedAt = loadedAt;
    this.engine = Engine.load(store, Clock.fixed(loadedAt, store.shop().timezone()));
    this.language = Query.language().withSchema(ShopSchema.of(store.metafieldDefinitions()));
  }

  CheckedQuery checked(String query) {
    return DifferentialTest.checked(language, query);
  }

  /** Member ids, ascending, at the load instant. */
  List<Long> members(String query) {
    return members(query, loadedAt);
  }

  /** Member ids, ascending, at a shop-local date-time. */
  List<Long> membersAt(String query, String localNow) {
    return members(query, LocalDateTime.parse(localNow).atZone(store.shop().timezone()).toInstant());
  }

  List<Long> members(String query, Instant now) {
    CheckedQuery checked = checked(query);
    List<Long> actual = engine.evaluate(checked, now).customerIds().boxed().toList();
    List<Long> expected = List.copyOf(new ReferenceEvaluator(store, now, engine.scoresAsOf()).members(checked));
    assertThat(actual).as("engine vs reference evaluator on %s at %s", query, now).isEqualTo(expected);
    return actual;
  }

  /** The membership at the load instant (after checking its members against the reference evaluator). */
  Membership membership(String query) {
    members(query);
    return engine.evaluate(checked(query), loadedAt);
  }
}
