package org.segmentum.model.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.model.Customer;
import org.segmentum.model.EventType;
import org.segmentum.model.LineItem;
import org.segmentum.model.LoadResult;
import org.segmentum.model.MarketingState;
import org.segmentum.model.Order;
import org.segmentum.model.StoreDirectory;

/** The generator writes valid, deterministic stores with the shapes DATA.md §5 asks for. */
class StoreGeneratorTest {
  private static final int CUSTOMERS = 20_000;

  @TempDir
  static Path dir;

  private static LoadResult loaded;
  private static GeneratedCounts counts;

  @BeforeAll
  static void generate() {
    counts = StoreGenerator.generate(new GeneratorOptions(CUSTOMERS, 11, GeneratorOptions.DEFAULT_NOW), dir.resolve("a"));
    loaded = StoreDirectory.read(dir.resolve("a"));
  }

  @Test
  void everyRecordLoadsWithoutProblems() {
    assertThat(loaded.report().problems()).isEmpty();
    assertThat(loaded.store().customers()).hasSize(CUSTOMERS);
    assertThat(loaded.store().orders()).hasSize((int) counts.orders());
    assertThat(loaded.store().events()).hasSize((int) counts.events());
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() throws Exception {
    StoreGenerator.generate(new GeneratorOptions(CUSTOMERS, 11, GeneratorOptions.DEFAULT_NOW), dir.resolve("b"));
    StoreGenerator.generate(new GeneratorOptions(CUSTOMERS, 12, GeneratorOptions.DEFAULT_NOW), dir.resolve("c"));
    for (String file : Set.of("customers.ndjson", "orders.ndjson", "events.ndjson", "products.ndjson")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
      assertThat(Files.readAllBytes(dir.resolve("c").resolve(file))).as(file)
          .isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void aboutSixtyPercentOfCustomersOrderWithALongTail() {
    Map<Long, Long> ordersPerCustomer = loaded.store().orders().stream()
        .collect(Collectors.groupingBy(Order::customerId, Collectors.counting()));
    assertThat(ordersPerCustomer.size() / (double) CUSTOMERS).isBetween(0.57, 0.63);
    double mean = ordersPerCustomer.values().stream().mapToLong(Long::longValue).average().orElseThrow();
    long max = ordersPerCustomer.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(mean).isBetween(10.0, 25.0);
    assertThat(max).isGreaterThan((long) (5 * mean));
  }

  @Test
  void ordersFollowTheRulesOfRealShops() {
    var orders = loaded.store().orders();
    assertThat(orders).allSatisfy(o -> {
      assertThat(o.lineItems()).hasSizeBetween(1, 5);
      assertThat(o.createdAt()).isBefore(GeneratorOptions.DEFAULT_NOW);
    });
    long cancelled = orders.stream().filter(Order::isCancelled).count();
    assertThat(cancelled / (double) orders.size()).isBetween(0.01, 0.06);
    Map<Long, Integer> popularity = new HashMap<>();
    for (Order order : orders) {
      for (LineItem line : order.lineItems()) {
        popularity.merge(line.productId(), 1, Integer::sum);
      }
    }
    assertThat(popularity.get(1L)).isGreaterThan(popularity.getOrDefault(100L, 0) * 20);
  }

  @Test
  void tagsAbandonedCheckoutsAndEventsHaveTheirShares() {
    var customers = loaded.store().customers();
    long vip = customers.stream().filter(c -> c.tags().contains("vip")).count();
    assertThat(vip).isBetween(500L, 4000L);
    long abandoned = loaded.store().checkouts().stream().filter(c -> c.completedAt() == null)
        .map(c -> c.customerId()).distinct().count();
    assertThat(abandoned / (double) CUSTOMERS).isBetween(0.02, 0.06);
    Set<Long> subscribed = customers.stream().filter(c -> c.emailMarketing() == MarketingState.SUBSCRIBED)
        .map(Customer::id).collect(Collectors.toSet());
    assertThat(loaded.store().events().stream().filter(e -> e.type().isEmail()))
        .isNotEmpty().allSatisfy(e -> assertThat(subscribed).contains(e.customerId()));
    assertThat(loaded.store().events().stream().map(e -> e.type()).collect(Collectors.toSet()))
        .contains(EventType.EMAIL_DELIVERED, EventType.EMAIL_OPENED, EventType.STOREFRONT_PRODUCT_VIEWED);
  }
}
