package org.segmentum.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.segmentum.engine.Engine;

/**
 * W7: heap held by the engine per customer, measured as the live heap after loading minus before
 * (full GCs around both readings). Run: {@code java -cp benchmarks.jar org.segmentum.bench.MemoryReport 100000}.
 */
public final class MemoryReport {
  private MemoryReport() {
  }

  public static void main(String[] args) {
    int customers = Integer.parseInt(args.length > 0 ? args[0] : "100000");
    BenchStores.directory(customers);
    long before = liveHeap();
    Engine engine = BenchStores.engine(customers);
    long after = liveHeap();
    System.out.printf("customers %,d: engine heap %,d bytes = %.1f bytes per customer%n", engine.customerCount(),
        after - before, (after - before) / (double) engine.customerCount());
  }

  private static long liveHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
