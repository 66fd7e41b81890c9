package org.segmentum.engine;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Base of the edge-case tests: loads tiny shops and checks every engine's snapshot after each test. */
abstract class EdgeCaseSupport {
  private final List<Segments> loaded = new ArrayList<>();

  /** An engine over the shop, loaded (and evaluating by default) at a shop-local date-time. */
  Segments load(TinyShop shop, String localNow) {
    Segments segments = new Segments(shop.store(), shop.at(localNow));
    loaded.add(segments);
    return segments;
  }

  @AfterEach
  void snapshotsKeepTheirInvariants() {
    loaded.forEach(s -> SnapshotInvariants.check(s.engine.snapshotForTests()));
  }
}
