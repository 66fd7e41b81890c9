package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyedRecords} behaves like a {@code LinkedHashMap<Long, T>} under random puts and removals. */
class KeyedRecordsTest {
  @Test
  void behavesLikeALinkedHashMap() {
    for (long seed = 0; seed < 50; seed++) {
      Random random = new Random(seed);
      KeyedRecords<String> records = new KeyedRecords<>();
      Map<Long, String> expected = new LinkedHashMap<>();
      // Small key ranges force replacements, removals and long probe runs; strides collide in the table.
      long range = 1 + random.nextInt(seed % 2 == 0 ? 50 : 5_000);
      long stride = seed % 3 == 0 ? 1L << 32 : 1 + random.nextInt(3);
      for (int i = 0; i < 20_000; i++) {
        long key = (random.nextLong(range) - range / 4) * stride;
        switch (random.nextInt(10)) {
          case 0 -> {
            records.remove(key);
            expected.remove(key);
          }
          case 1 -> assertThat(records.contains(key)).as("seed %d", seed).isEqualTo(expected.containsKey(key));
          case 2 -> assertThat(records.get(key)).as("seed %d", seed).isEqualTo(expected.get(key));
          default -> {
            String value = "v" + i;
            assertThat(records.put(key, value)).as("seed %d", seed).isEqualTo(expected.put(key, value) != null);
          }
        }
      }
      assertThat(records.values()).as("seed %d", seed).isEqualTo(new ArrayList<>(expected.values()));
      for (long key : expected.keySet()) {
        assertThat(records.contains(key)).as("seed %d", seed).isTrue();
      }
    }
  }
}
