package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;

/**
 * Long random sequences of changes and clock moves on live shops: after every step the incremental
 * members equal a full re-evaluation of every segment, and replaying the emitted events from empty
 * gives exactly the current members. Sequence numbers increase by one. Seeds are printed on failure.
 */
class LiveShopInvariantTest {
  private static final int SHOPS = 1000 * Integer.getInteger("segmentum.fuzz.scale", 1);
  private static final int STEPS = 1000;

  @Test
  void incrementalMembersEqualFullReevaluationAfterEveryStep() {
    long base = Long.getLong("segmentum.fuzz.seed", 5L);
    int operations = 0;
    for (int s = 0; s < SHOPS; s++) {
      long seed = base + s;
      RandomShop shop = new RandomShop(seed);
      LiveShop live = LiveShop.start(shop.store, shop.now);
      Query language = Query.language().withSchema(ShopSchema.of(shop.store.metafieldDefinitions()));
      RandomQueries queries = new RandomQueries(new SplittableRandom(seed), shop.now,
          shop.store.shop().timezone(), shop.store);
      Map<String, TreeSet<Long>> replayed = new HashMap<>();
      long[] lastSequence = {0};
      for (int q = 0; q < 6; q++) {
        String id = "s" + q;
        replay(live.define(id, DifferentialTest.checked(language, Query.print(queries.expr(2)))), replayed, lastSequence);
      }
      RandomChanges changes = new RandomChanges(seed);
      Instant at = shop.now;
      for (int step = 0; step < STEPS; step++) {
        at = at.plus(changes.step());
        Change change = changes.next(live, storeOf(live), at);
        List<MembershipEvent> events = change == null ? live.advanceTo(at) : live.apply(change, at);
        replay(events, replayed, lastSequence);
        operations++;
        Map<String, long[]> expected = live.fullReevaluation();
        for (String id : live.segmentIds()) {
          String context = "seed " + seed + ", step " + step + ", segment " + id + " ("
              + live.members(id).length + " members), change " + change + " at " + at;
          assertThat(live.members(id)).as(context).isEqualTo(expected.get(id));
          assertThat(replayed.getOrDefault(id, new TreeSet<>())).as("replay: " + context)
              .containsExactlyElementsOf(boxed(live.members(id)));
        }
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(SHOPS * STEPS);
  }

  private static MutableStore storeOf(LiveShop live) {
    return live.storeForTests();
  }

  private static void replay(List<MembershipEvent> events, Map<String, TreeSet<Long>> replayed, long[] last) {
    for (MembershipEvent event : events) {
      assertThat(event.sequence()).isEqualTo(last[0] + 1);
      last[0] = event.sequence();
      TreeSet<Long> members = replayed.computeIfAbsent(event.segment(), k -> new TreeSet<>());
      boolean changed = event.type() == MembershipEvent.Type.JOINED ? members.add(event.customerId())
          : members.remove(event.customerId());
      assertThat(changed).as("an event that changes nothing: " + event).isTrue();
    }
  }

  private static List<Long> boxed(long[] ids) {
    return java.util.Arrays.stream(ids).boxed().toList();
  }
}
