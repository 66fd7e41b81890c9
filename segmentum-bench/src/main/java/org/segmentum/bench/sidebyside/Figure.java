package org.segmentum.bench.sidebyside;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One measured figure: which workload, query, store size and system it is for, and its values by name
 * ({@code p50_ms}, {@code p99_ms}, {@code ids_per_s}, ...), in the order they were added.
 */
public record Figure(String workload, String query, String size, String system, Map<String, Double> values) {
  public Figure {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(system, "system");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Figure latency(String workload, String query, String size, String system, Samples samples) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("p50_ms", samples.percentileMillis(50));
    values.put("p99_ms", samples.percentileMillis(99));
    values.put("runs", (double) samples.count());
    return new Figure(workload, query, size, system, values);
  }

  public static Figure value(String workload, String query, String size, String system, String name, double value) {
    return new Figure(workload, query, size, system, Map.of(name, value));
  }
}
