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
import org.openjdk.jmh.infra.Blackhole;
import org.segmentum.engine.Engine;
import org.segmentum.engine.Membership;
import org.segmentum.engine.SortKey;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/**
 * The engine's hot paths one by one, cold (no cached clause results): a numeric column scan, a date
 * column scan, an inverted-index lookup, bitmap algebra over dense clause results (AND, OR, NOT), a
 * function clause from the purchase index, and member listing (ids, and one sorted page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g"})
public class HotPathBenchmark {
  @Param({"100000"})
  public int customers;

  private Engine engine;
  private CheckedQuery numberScan;
  private CheckedQuery dateScan;
  private CheckedQuery indexLookup;
  private CheckedQuery algebra;
  private CheckedQuery purchases;
  private Membership listed;

  @Setup(Level.Trial)
  public void load() {
    engine = BenchStores.engine(customers);
    numberScan = checked("amount_spent > 100");
    dateScan = checked("last_order_date < -180d");
    indexLookup = checked("customer_countries CONTAINS 'GB'");
    algebra = checked("(amount_spent > 100 OR number_of_orders >= 3) AND NOT email_subscription_status = 'SUBSCRIBED'"
        + " AND NOT customer_countries CONTAINS 'US'");
    purchases = checked("products_purchased MATCHES (tag = 'shoes', date >= -90d)");
    listed = engine.evaluate(checked("amount_spent > 50"));
  }

  @Setup(Level.Invocation)
  public void cold() {
    engine.dropCaches();
  }

  @Benchmark
  public int numberColumnScan() {
    return engine.evaluate(numberScan).count();
  }

  @Benchmark
  public int dateColumnScan() {
    return engine.evaluate(dateScan).count();
  }

  @Benchmark
  public int invertedIndexLookup() {
    return engine.evaluate(indexLookup).count();
  }

  @Benchmark
  public int bitmapAlgebra() {
    return engine.evaluate(algebra).count();
  }

  @Benchmark
  public int purchaseIndex() {
    return engine.evaluate(purchases).count();
  }

  @Benchmark
  public void listAllIds(Blackhole hole) {
    listed.customerIds().forEach(hole::consume);
  }

  @Benchmark
  public Object firstPageByAmountSpent() {
    return listed.page(SortKey.AMOUNT_SPENT, true, 0, 50);
  }

  private static CheckedQuery checked(String text) {
    return switch (Query.check(text)) {
      case Validation.Valid valid -> valid.query();
      case Validation.Invalid invalid -> throw new IllegalStateException(text + ": " + invalid.diagnostics());
    };
  }
}
