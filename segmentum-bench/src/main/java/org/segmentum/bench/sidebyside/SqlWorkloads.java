package org.segmentum.bench.sidebyside;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.sql.CompiledSql;
import org.segmentum.sql.Dialect;
import org.segmentum.sql.SqlCompiler;
import org.segmentum.sql.SqlLoader;

/**
 * A baseline's side of the benchmark: the same queries compiled to SQL (segmentum-sql) and run on the
 * same data in DuckDB or PostgreSQL, with the schema's indexes, loaded by {@link SqlLoader} (DuckDB's
 * appender, PostgreSQL's COPY). Runs are bounded by time budgets so that slow baselines finish: W1 runs
 * a query {@value #MIN_RUNS} to {@value #MAX_RUNS} times, stopping once {@value #BUDGET_SECONDS} s are
 * spent; QB times the first {@value #REALISTIC_SAMPLE} segments of the realistic shop, or as many as
 * {@value #REALISTIC_BUDGET_SECONDS} s allow once {@value #REALISTIC_MIN} are done, and extrapolates
 * to all of them (the figure says how many were timed).
 */
final class SqlWorkloads {
  private static final int MIN_RUNS = 3;
  private static final int MAX_RUNS = 20;
  private static final int BUDGET_SECONDS = 8;
  private static final int REALISTIC_SAMPLE = 50;
  private static final int REALISTIC_MIN = 10;
  private static final int REALISTIC_BUDGET_SECONDS = 120;

  private final String system;
  private final Connection connection;
  private final Dialect dialect;
  private final String size;
  private final ZoneId zone;
  private final Instant now;
  private final long shopId;

  SqlWorkloads(String system, Connection connection, Dialect dialect, String size, Store store, Instant now) {
    this.system = system;
    this.connection = connection;
    this.dialect = dialect;
    this.size = size;
    this.zone = store.shop().timezone();
    this.now = now;
    this.shopId = store.shop().id();
  }

  Figure load(Store store) {
    long start = System.nanoTime();
    SqlLoader loader = SqlLoader.of(connection, dialect);
    loader.createSchema();
    loader.load(store, LocalDate.ofInstant(now, zone));
    return Figure.value("W8", "load", size, system, "load_s", (System.nanoTime() - start) / 1e9);
  }

  List<Figure> run(Map<String, CheckedQuery> queries, List<CheckedQuery> realistic, PrintWriter progress)
      throws SQLException {
    List<Figure> figures = new ArrayList<>();
    for (Map.Entry<String, CheckedQuery> entry : queries.entrySet()) {
      CompiledSql compiled = SqlCompiler.compile(entry.getValue(), dialect, zone, now, shopId);
      CompiledSql count = new CompiledSql("SELECT count(*) FROM (\n" + compiled.sql() + "\n) AS members",
          compiled.parameters());
      long first = System.nanoTime();
      execute(count);
      Samples firstRun = new Samples();
      firstRun.add(System.nanoTime() - first);
      figures.add(Figure.latency("W3", entry.getKey(), size, system, firstRun));
      Samples counts = timed(count);
      figures.add(Figure.latency("W1", entry.getKey(), size, system, counts));
      long listed = System.nanoTime();
      long rows = execute(compiled);
      double seconds = (System.nanoTime() - listed) / 1e9;
      figures.add(Figure.value("W2", entry.getKey(), size, system, "ids_per_s", rows / seconds));
      progress.printf(Locale.ROOT, "  %s %s: count p50 %.1f ms (%d runs), %,d members%n", system, entry.getKey(),
          counts.percentileMillis(50), counts.count(), rows);
      progress.flush();
    }
    long start = System.nanoTime();
    int sample = 0;
    while (sample < Math.min(REALISTIC_SAMPLE, realistic.size())
        && (sample < REALISTIC_MIN || System.nanoTime() - start < REALISTIC_BUDGET_SECONDS * 1_000_000_000L)) {
      execute(SqlCompiler.compile(realistic.get(sample++), dialect, zone, now, shopId));
    }
    Map<String, Double> values = new LinkedHashMap<>();
    double perQuery = (System.nanoTime() - start) / 1e6 / sample;
    values.put("ms_per_segment", perQuery);
    values.put("total_ms", perQuery * realistic.size());
    values.put("segments_timed", (double) sample);
    figures.add(new Figure("W3", "QB", size, system, values));
    return figures;
  }

  private Samples timed(CompiledSql statement) throws SQLException {
    Samples samples = new Samples();
    long started = System.nanoTime();
    while (samples.count() < MAX_RUNS
        && (samples.count() < MIN_RUNS || System.nanoTime() - started < BUDGET_SECONDS * 1_000_000_000L)) {
      long t = System.nanoTime();
      execute(statement);
      samples.add(System.nanoTime() - t);
    }
    return samples;
  }

  /** Runs a statement and reads every row; returns the number of rows. */
  private long execute(CompiledSql statement) throws SQLException {
    try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
      statement.bind(prepared);
      long rows = 0;
      try (ResultSet result = prepared.executeQuery()) {
        while (result.next()) {
          result.getLong(1);
          rows++;
        }
      }
      return rows;
    }
  }
}
