package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The id hash agrees with a map on random ids, clustered ids and ids it does not hold. */
class IdIndexTest {
  @Test
  void findsEveryIdAndNothingElse() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 50; round++) {
      int size = random.nextInt(2000);
      long[] ids = new long[size];
      Map<Long, Integer> expected = new HashMap<>();
      long next = random.nextLong(0, 1000);
      for (int i = 0; i < size; i++) {
        next += round % 2 == 0 ? 1 : 1 + random.nextLong(0, 1L << 40);
        ids[i] = next;
        expected.put(next, i);
      }
      IdIndex index = new IdIndex(ids);
      expected.forEach((id, ordinal) -> assertThat(index.ordinalOf(id)).isEqualTo(ordinal));
      for (int probe = 0; probe < 2000; probe++) {
        long id = random.nextLong();
        assertThat(index.ordinalOf(id)).isEqualTo(expected.getOrDefault(id, -1));
      }
      assertThat(index.ordinalOf(Long.MIN_VALUE)).isEqualTo(expected.getOrDefault(Long.MIN_VALUE, -1));
    }
  }
}
