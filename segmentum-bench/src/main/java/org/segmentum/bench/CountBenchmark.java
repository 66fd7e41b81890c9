package org.segmentum.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.segmentum.engine.Engine;
import org.segmentum.query.CheckedQuery;

/**
 * W1: count a segment (PERFORMANCE.md), cold (no cached clause results) and warm. Sample mode reports
 * p50 and p99. Both run with a warmed-up JIT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g"})
public class CountBenchmark {
  @Param({"100000"})
  public int customers;

  @Param({"Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8"})
  public String query;

  private Engine engine;
  private CheckedQuery checked;

  @Setup(Level.Trial)
  public void load() {
    engine = BenchStores.engine(customers);
    checked = BenchQueries.checked(query);
  }

  /** Cold: nothing cached (the clause cache is dropped before each call). */
  @Setup(Level.Invocation)
  public void dropCachesForCold(org.openjdk.jmh.infra.BenchmarkParams params) {
    if (params.getBenchmark().endsWith("countCold")) {
      engine.dropCaches();
    }
  }

  @Benchmark
  public int countCold() {
    return engine.evaluate(checked).count();
  }

  /** Warm: clause results of earlier calls today are reused, as when a merchant re-counts or edits a query. */
  @Benchmark
  public int countWarm() {
    return engine.evaluate(checked).count();
  }
}
