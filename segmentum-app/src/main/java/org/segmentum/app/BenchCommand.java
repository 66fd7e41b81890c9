package org.segmentum.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.segmentum.bench.sidebyside.Report;
import org.segmentum.bench.sidebyside.SideBySide;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segmentum bench [--size S|M|L | --customers N] [--json]}: the standard side-by-side benchmark. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Run the standard benchmark (PERFORMANCE.md) and print a table or JSON.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--size", paramLabel = "S|M|L", description = "Store size: S 100k, M 1M, L 10M customers.")
  private String size = "S";

  @Option(names = "--customers", paramLabel = "N", description = "Any number of customers instead of --size.")
  private Integer customers;

  @Option(names = "--systems", split = ",", paramLabel = "LIST",
      description = "Systems to measure: engine, duckdb, postgresql, live, service (default ${DEFAULT-VALUE}).")
  private java.util.List<String> systems = java.util.List.of("engine", "duckdb", "postgresql");

  @Option(names = "--json", description = "Print JSON instead of a table.")
  private boolean json;

  @Option(names = "--data", paramLabel = "DIR", description = "Where generated stores are kept (default ${DEFAULT-VALUE}).")
  private Path data = Path.of(System.getProperty("java.io.tmpdir"), "segmentum-bench");

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    int count;
    String label;
    try {
      count = customers != null ? customers : SideBySide.customersOf(size);
      label = customers != null ? Integer.toString(customers) : size;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    Report report = SideBySide.run(new SideBySide.Options(count, label, Set.copyOf(systems), data), err);
    Report withRatios = new Report(report.machine(), report.withRatios());
    if (json) {
      withRatios.writeJson(spec.commandLine().getOut());
    } else {
      report.writeTable(spec.commandLine().getOut());
    }
    return 0;
  }
}
