package org.segmentum.bench.sidebyside;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.segmentum.engine.Engine;
import org.segmentum.engine.Membership;
import org.segmentum.model.Customer;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;

/** The engine's side of the side-by-side benchmark: W1, W2, W3, W6 (PERFORMANCE.md §3). */
final class EngineWorkloads {
  static final String SYSTEM = "engine";

  private final Store store;
  private final Engine engine;
  private final String size;
  private final Instant now;

  EngineWorkloads(Store store, Engine engine, String size, Instant now) {
    this.store = store;
    this.engine = engine;
    this.size = size;
    this.now = now;
  }

  List<Figure> run(Map<String, CheckedQuery> queries, List<CheckedQuery> realisticShop) {
    List<Figure> figures = new ArrayList<>();
    // Every query a few times cold first, so that the JIT has compiled the paths they share and the
    // first queries' cold figures measure a dropped clause cache rather than the interpreter.
    for (int round = 0; round < 5; round++) {
      for (CheckedQuery query : queries.values()) {
        engine.dropCaches();
        engine.evaluate(query, now).count();
      }
    }
    for (Map.Entry<String, CheckedQuery> entry : queries.entrySet()) {
      String id = entry.getKey();
      CheckedQuery query = entry.getValue();
      Samples cold = Samples.time(3, 25, engine::dropCaches, () -> engine.evaluate(query, now).count());
      Samples warm = Samples.time(10, 200, () -> { }, () -> engine.evaluate(query, now).count());
      figures.add(Figure.latency("W1", id, size, SYSTEM + ":cold", cold));
      figures.add(Figure.latency("W1", id, size, SYSTEM + ":warm", warm));
      figures.add(Figure.latency("W3", id, size, SYSTEM, cold));
      figures.addAll(listing(id, engine.evaluate(query, now)));
    }
    figures.addAll(realisticShop(realisticShop));
    return figures;
  }

  private List<Figure> listing(String id, Membership members) {
    int count = members.count();
    Samples ids = Samples.time(2, 10, () -> { }, () -> members.customerIds().forEach(x -> { }));
    double idsPerSecond = count / (ids.percentileMillis(50) / 1000.0);
    CountingStream bytes = new CountingStream();
    long start = System.nanoTime();
    exportCsv(members, bytes);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.value("W2", id, size, SYSTEM, "ids_per_s", count == 0 ? 0 : idsPerSecond));
    Map<String, Double> csv = new LinkedHashMap<>();
    csv.put("mb_per_s", bytes.count / 1e6 / seconds);
    csv.put("members", (double) count);
    figures.add(new Figure("W2-csv", id, size, SYSTEM, csv));
    return figures;
  }

  private void exportCsv(Membership members, OutputStream out) {
    List<Customer> customers = store.customers();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      Iterable<ShopifyCustomerCsv.ExportRow> rows = () -> members.rows().map(row -> new ShopifyCustomerCsv.ExportRow(
          customers.get(indexOf(customers, row.customerId())), row.amountSpent(), row.numberOfOrders())).iterator();
      ShopifyCustomerCsv.write(writer, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(List<Customer> customers, long id) {
    int low = 0;
    int high = customers.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      long at = customers.get(mid).id();
      if (at < id) {
        low = mid + 1;
      } else if (at > id) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    throw new IllegalStateException("no customer " + id);
  }

  private List<Figure> realisticShop(List<CheckedQuery> queries) {
    engine.dropCaches();
    long start = System.nanoTime();
    Map<String, Membership> segments = new LinkedHashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      segments.put("s" + i, engine.evaluate(queries.get(i), now));
    }
    double materialiseMs = (System.nanoTime() - start) / 1e6;
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.value("W3", "QB", size, SYSTEM, "total_ms", materialiseMs));
    long[] ids = store.customers().stream().mapToLong(Customer::id).toArray();
    SplittableRandom random = new SplittableRandom(1);
    Membership first = segments.values().iterator().next();
    int probes = 1_000_000;
    long[] probeIds = new long[probes];
    for (int i = 0; i < probes; i++) {
      probeIds[i] = ids[random.nextInt(ids.length)];
    }
    int hits = 0;
    for (int round = 0; round < 3; round++) {
      hits = 0;
      start = System.nanoTime();
      for (long id : probeIds) {
        hits += first.contains(id) ? 1 : 0;
      }
    }
    double memberNs = (System.nanoTime() - start) / (double) probes;
    figures.add(Figure.value("W6", "is-member", size, SYSTEM, "ns_per_op", memberNs + hits * 0.0));
    int lookups = 20_000;
    Samples segmentsOf = new Samples();
    for (int i = 0; i < lookups; i++) {
      long id = probeIds[i];
      long t = System.nanoTime();
      engine.segmentsOf(id, segments);
      segmentsOf.add(System.nanoTime() - t);
    }
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("p50_us", segmentsOf.percentileMillis(50) * 1000);
    values.put("p99_us", segmentsOf.percentileMillis(99) * 1000);
    values.put("segments", (double) segments.size());
    figures.add(new Figure("W6", "segments-of-customer", size, SYSTEM, values));
    return figures;
  }

  /** Counts bytes written and throws them away. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
