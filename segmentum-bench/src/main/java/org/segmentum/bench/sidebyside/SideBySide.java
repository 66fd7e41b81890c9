package org.segmentum.bench.sidebyside;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.segmentum.bench.BenchQueries;
import org.segmentum.bench.BenchStores;
import org.segmentum.engine.Engine;
import org.segmentum.model.LoadResult;
import org.segmentum.model.StoreDirectory;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;
import org.segmentum.sql.Dialect;

/**
 * The standard benchmark (PERFORMANCE.md): generates (or reuses) a store, loads it into the engine and
 * the baselines, runs the workloads for Q1–Q8 and QB, and reports every figure with the ratios
 * baseline / engine.
 */
public final class SideBySide {
  /** S, M and L of PERFORMANCE.md §1. */
  public static int customersOf(String size) {
    return switch (size) {
      case "S" -> 100_000;
      case "M" -> 1_000_000;
      case "L" -> 10_000_000;
      default -> throw new IllegalArgumentException("size is S, M or L, got " + size);
    };
  }

  /** What to run: store size, label, systems, where generated stores are kept. */
  public record Options(int customers, String size, Set<String> systems, Path dataRoot) {
    public Options {
      Objects.requireNonNull(size, "size");
      systems = Set.copyOf(systems);
      Objects.requireNonNull(dataRoot, "dataRoot");
    }
  }

  private SideBySide() {
  }

  public static Report run(Options options, PrintWriter progress) {
    System.setProperty("segmentum.bench.data", options.dataRoot().toString());
    progress.printf("store of %,d customers: generating or reusing under %s%n", options.customers(), options.dataRoot());
    progress.flush();
    Path directory = BenchStores.directory(options.customers());
    List<Figure> figures = new ArrayList<>();
    long started = System.nanoTime();
    LoadResult loaded = StoreDirectory.read(directory);
    double readSeconds = (System.nanoTime() - started) / 1e9;
    long heapBefore = liveHeap();
    long built = System.nanoTime();
    Engine engine = Engine.load(loaded.store(), Clock.fixed(GeneratorOptions.DEFAULT_NOW, ZoneOffset.UTC));
    double buildSeconds = (System.nanoTime() - built) / 1e9;
    long heapAfter = liveHeap();
    Map<String, Double> memory = new LinkedHashMap<>();
    memory.put("bytes_per_customer", (heapAfter - heapBefore) / (double) engine.customerCount());
    memory.put("engine_bytes", (double) (heapAfter - heapBefore));
    figures.add(new Figure("W7", "all", options.size(), EngineWorkloads.SYSTEM, memory));
    Map<String, Double> start = new LinkedHashMap<>();
    start.put("read_s", readSeconds);
    start.put("build_s", buildSeconds);
    figures.add(new Figure("W8", "from-store-directory", options.size(), EngineWorkloads.SYSTEM, start));
    progress.printf("loaded in %.1f s (read) + %.1f s (engine); running the engine's workloads%n", readSeconds,
        buildSeconds);
    progress.flush();
    Map<String, CheckedQuery> queries = new TreeMap<>();
    BenchQueries.QUERIES.keySet().forEach(id -> queries.put(id, BenchQueries.checked(id)));
    List<CheckedQuery> realistic = QueryVariations.of(1000, 7).stream().map(SideBySide::checked).toList();
    if (options.systems().contains(EngineWorkloads.SYSTEM)) {
      figures.addAll(new EngineWorkloads(loaded.store(), engine, options.size(), GeneratorOptions.DEFAULT_NOW)
          .run(queries, realistic));
    }
    engine = null;
    if (options.systems().contains("live")) {
      for (int segments : List.of(100, 1000)) {
        progress.printf("live segments: %d segments%n", segments);
        progress.flush();
        figures.addAll(new LiveWorkloads(loaded.store(), options.size(), GeneratorOptions.DEFAULT_NOW)
            .run(realistic, segments));
      }
    }
    if (options.systems().contains("service")) {
      progress.printf("the service over HTTP: durable ingest, restart, concurrent reads%n");
      progress.flush();
      try {
        figures.addAll(ServiceWorkloads.runAll(directory, options.size(), GeneratorOptions.DEFAULT_NOW, BenchQueries.QUERIES));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    try (Baselines baselines = new Baselines()) {
      for (String system : List.of("duckdb", "postgresql")) {
        if (!options.systems().contains(system)) {
          continue;
        }
        progress.printf("loading the store into %s%n", system);
        progress.flush();
        try (Connection connection = system.equals("duckdb") ? baselines.duckdb() : baselines.postgresql()) {
          SqlWorkloads workloads = new SqlWorkloads(system, connection,
              system.equals("duckdb") ? Dialect.DUCKDB : Dialect.POSTGRESQL, options.size(), loaded.store(),
              GeneratorOptions.DEFAULT_NOW);
          Figure load = workloads.load(loaded.store());
          figures.add(load);
          progress.printf(Locale.ROOT, "loaded in %.1f s; running %s's workloads%n",
              load.values().get("load_s"), system);
          progress.flush();
          figures.addAll(workloads.run(queries, realistic, progress));
        }
      }
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("baseline failed: " + e.getMessage(), e);
    }
    return new Report(Machine.describe(), figures);
  }

  private static CheckedQuery checked(String text) {
    return switch (Query.check(text)) {
      case Validation.Valid valid -> valid.query();
      case Validation.Invalid invalid -> throw new IllegalStateException(text + ": " + invalid.diagnostics());
    };
  }

  private static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
