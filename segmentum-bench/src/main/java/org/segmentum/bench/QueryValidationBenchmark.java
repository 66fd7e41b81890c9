package org.segmentum.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/**
 * Validation time of queries near the 5,000-character limit, valid and invalid, and of growing
 * lengths to show that time is linear in the text's length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryValidationBenchmark {
  @Param({"valid", "invalid", "garbage"})
  public String kind;

  @Param({"1250", "2500", "5000"})
  public int length;

  private String text;

  @Setup
  public void setUp() {
    text = QueryTexts.ofLength(kind, length);
  }

  @Benchmark
  public Validation validate() {
    return Query.check(text);
  }
}
