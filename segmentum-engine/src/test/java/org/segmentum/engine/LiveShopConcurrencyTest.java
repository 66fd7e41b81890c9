package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.segmentum.model.Customer;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/**
 * Parallel readers and a writer: two segments that are each other's complement must, in every picture a
 * reader takes, hold every customer exactly once (a torn state would show a customer in both or neither).
 */
class LiveShopConcurrencyTest {
  @Test
  void readersNeverSeeAHalfAppliedChange() throws Exception {
    TinyShop shop = new TinyShop("Europe/Sofia");
    long[] ids = LongStream.rangeClosed(1, 200).toArray();
    for (long id : ids) {
      shop.customer(id).createdAt("2026-01-01T10:00:00").tags(id % 2 == 0 ? "vip" : "new");
    }
    LiveShop live = LiveShop.start(shop.store(), shop.at("2026-02-01T10:00:00"));
    live.define("vip", checked("customer_tags CONTAINS 'vip'"));
    live.define("others", checked("NOT customer_tags CONTAINS 'vip'"));
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          int pictures = 0;
          while (writing.get() || pictures == 0) {
            Map<String, long[]> all = live.allMembers();
            long[] vip = all.get("vip");
            long[] others = all.get("others");
            assertThat(vip.length + others.length).isEqualTo(ids.length);
            long[] union = LongStream.concat(Arrays.stream(vip), Arrays.stream(others)).sorted().toArray();
            assertThat(union).isEqualTo(ids);
            pictures++;
          }
          return pictures;
        }));
      }
      Future<?> writer = pool.submit(() -> {
        Instant at = shop.at("2026-02-01T10:00:00");
        for (int step = 0; step < 3000; step++) {
          long id = ids[step % ids.length];
          Customer customer = shop.store().customers().get((int) id - 1);
          List<String> tags = step % 3 == 0 ? List.of("VIP") : List.of("returning");
          live.apply(new Change.CustomerUpsert(withTags(customer, tags)), at = at.plusSeconds(1));
        }
        writing.set(false);
        return null;
      });
      writer.get();
      for (Future<Integer> reader : readers) {
        assertThat(reader.get()).isPositive();
      }
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
    assertThat(live.fullReevaluation().get("vip")).isEqualTo(live.members("vip"));
  }

  private static org.segmentum.query.CheckedQuery checked(String text) {
    return ((Validation.Valid) Query.check(text)).query();
  }

  private static Customer withTags(Customer c, List<String> tags) {
    return new Customer(c.id(), c.email(), c.phone(), c.firstName(), c.lastName(), c.createdAt(), c.updatedAt(),
        c.state(), c.emailMarketing(), c.smsMarketing(), c.channels(), c.language(), tags, c.note(), c.taxExempt(),
        c.group(), c.companyIds(), c.createdByAppId(), c.birthDate(), c.addresses(), c.metafields());
  }
}
