package org.segmentum.bench.sidebyside;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.segmentum.engine.Change;
import org.segmentum.engine.LiveShop;
import org.segmentum.model.Customer;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.OrderStatus;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;

/**
 * Live segments (PERFORMANCE.md W4, W5, W6): a stream of changes (new orders and customer updates)
 * with {@code segments} live segments, a clock advance of one day with its exactness against a full
 * re-evaluation, and membership lookups. The stream starts with {@value #WARM_UP} changes that are not
 * measured (the JIT compiles the change path), then {@value #CHANGES} measured ones.
 */
final class LiveWorkloads {
  static final String SYSTEM = "engine:live";
  private static final int WARM_UP = 20_000;
  private static final int CHANGES = 200_000;

  private final Store store;
  private final String size;
  private final Instant now;
  private final long[] ids;

  LiveWorkloads(Store store, String size, Instant now) {
    this.store = store;
    this.size = size;
    this.now = now;
    this.ids = store.customers().stream().mapToLong(Customer::id).toArray();
  }

  List<Figure> run(List<CheckedQuery> realistic, int segments) {
    List<Figure> figures = new ArrayList<>();
    String label = segments + " segments";
    long started = System.nanoTime();
    LiveShop live = LiveShop.start(store, now);
    for (int i = 0; i < segments; i++) {
      live.define("s" + i, realistic.get(i));
    }
    figures.add(Figure.value("W3", label, size, SYSTEM, "start_and_define_s", (System.nanoTime() - started) / 1e9));
    SplittableRandom random = new SplittableRandom(5);
    Instant at = now;
    for (int i = 0; i < WARM_UP; i++) {
      at = at.plusMillis(10);
      live.apply(change(ids[random.nextInt(ids.length)], i, at, random), at);
    }
    Samples latency = new Samples();
    long events = 0;
    long streamStart = System.nanoTime();
    for (int i = WARM_UP; i < WARM_UP + CHANGES; i++) {
      at = at.plusMillis(10);
      Change change = change(ids[random.nextInt(ids.length)], i, at, random);
      long t = System.nanoTime();
      events += live.apply(change, at).size();
      latency.add(System.nanoTime() - t);
    }
    double seconds = (System.nanoTime() - streamStart) / 1e9;
    Map<String, Double> stream = new LinkedHashMap<>();
    stream.put("changes_per_s", CHANGES / seconds);
    stream.put("p50_ms", latency.percentileMillis(50));
    stream.put("p99_ms", latency.percentileMillis(99));
    stream.put("events", (double) events);
    figures.add(new Figure("W4", label, size, SYSTEM, stream));
    long advanceStart = System.nanoTime();
    int dayEvents = live.advanceTo(at.plus(Duration.ofDays(1))).size();
    Map<String, Double> day = new LinkedHashMap<>();
    day.put("advance_day_s", (System.nanoTime() - advanceStart) / 1e9);
    day.put("events", (double) dayEvents);
    Map<String, long[]> full = live.fullReevaluation();
    boolean exact = full.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), live.members(e.getKey())));
    day.put("exact", exact ? 1.0 : 0.0);
    figures.add(new Figure("W5", label, size, SYSTEM, day));
    int probes = 200_000;
    long t = System.nanoTime();
    int hits = 0;
    for (int i = 0; i < probes; i++) {
      hits += live.isMember("s0", ids[random.nextInt(ids.length)]) ? 1 : 0;
    }
    figures.add(Figure.value("W6", "is-member " + label, size, SYSTEM, "ns_per_op",
        (System.nanoTime() - t) / (double) probes + hits * 0.0));
    Samples of = new Samples();
    for (int i = 0; i < 5_000; i++) {
      long id = ids[random.nextInt(ids.length)];
      long s = System.nanoTime();
      live.segmentsOf(id);
      of.add(System.nanoTime() - s);
    }
    Map<String, Double> lookups = new LinkedHashMap<>();
    lookups.put("p50_us", of.percentileMillis(50) * 1000);
    lookups.put("p99_us", of.percentileMillis(99) * 1000);
    figures.add(new Figure("W6", "segments-of-customer " + label, size, SYSTEM, lookups));
    return figures;
  }

  /** Every other change is a new order of 25.00 for product 1; the rest re-tag a customer. */
  private Change change(long customerId, int i, Instant at, SplittableRandom random) {
    if (i % 2 == 0) {
      return new Change.OrderUpsert(new Order(900_000_000L + i, customerId, at, OrderStatus.PAID, null, false,
          new BigDecimal("25.00"), BigDecimal.ZERO, null, null, List.of(new LineItem(1, 1, new BigDecimal("25.00")))));
    }
    Customer c = store.customers().get(Arrays.binarySearch(ids, customerId));
    List<String> tags = random.nextBoolean() ? List.of("vip") : List.of("returning");
    return new Change.CustomerUpsert(new Customer(c.id(), c.email(), c.phone(), c.firstName(), c.lastName(),
        c.createdAt(), at, c.state(), c.emailMarketing(), c.smsMarketing(), c.channels(), c.language(), tags, c.note(),
        c.taxExempt(), c.group(), c.companyIds(), c.createdByAppId(), c.birthDate(), c.addresses(), c.metafields()));
  }
}
