package org.segmentum.bench.sidebyside;

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
import java.util.Map;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.sql.CompiledSql;
import org.segmentum.sql.Dialect;
import org.segmentum.sql.SqlCompiler;
import org.segmentum.sql.SqlLoader;

/**
 * A baseline's side of the benchmark: the same queries compiled to SQL (segmentum-sql) and run on the
 * same data in DuckDB or PostgreSQL, with the schema's indexes. Runs per query are bounded by a time
 * budget so that slow baselines finish.
 */
final class SqlWorkloads {
  private static final long BUDGET_NANOS = 8_000_000_000L;
  private static final int REALISTIC_SAMPLE = 50;

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

  List<Figure> run(Map<String, CheckedQuery> queries, List<CheckedQuery> realistic) throws SQLException {
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
      figures.add(Figure.latency("W1", entry.getKey(), size, system, timed(count)));
      long listed = System.nanoTime();
      long rows = execute(compiled);
      double seconds = (System.nanoTime() - listed) / 1e9;
      figures.add(Figure.value("W2", entry.getKey(), size, system, "ids_per_s", rows / seconds));
    }
    long start = System.nanoTime();
    int sample = Math.min(REALISTIC_SAMPLE, realistic.size());
    for (int i = 0; i < sample; i++) {
      execute(SqlCompiler.compile(realistic.get(i), dialect, zone, now, shopId));
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
    while (samples.count() < 20 && (samples.count() < 3 || System.nanoTime() - started < BUDGET_NANOS)) {
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
