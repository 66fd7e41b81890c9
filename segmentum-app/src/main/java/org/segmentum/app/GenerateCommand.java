package org.segmentum.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.segmentum.model.generate.GeneratedCounts;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.model.generate.StoreGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segmentum generate --customers N [--seed S] --out DIR}: a synthetic store directory (DATA.md §5). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a synthetic store directory; the same seed gives byte-identical files.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--customers", required = true, paramLabel = "N", description = "Number of customers.")
  private int customers;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  private long seed = 42;

  @Option(names = "--now", paramLabel = "INSTANT",
      description = "The shop's \"now\": data spans the five years before it (default 2026-01-01T00:00:00Z).")
  private Instant now = GeneratorOptions.DEFAULT_NOW;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (customers < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--customers must not be negative");
    }
    long started = System.nanoTime();
    GeneratedCounts counts = StoreGenerator.generate(new GeneratorOptions(customers, seed, now), out);
    spec.commandLine().getErr().printf("wrote %,d customers, %,d orders (%,d lines), %,d checkouts, %,d events, "
        + "%,d products to %s in %.1f s%n", counts.customers(), counts.orders(), counts.lineItems(), counts.checkouts(),
        counts.events(), counts.products(), out, (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
