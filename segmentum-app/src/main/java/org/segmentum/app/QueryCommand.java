package org.segmentum.app;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.segmentum.engine.Engine;
import org.segmentum.engine.Membership;
import org.segmentum.model.LoadResult;
import org.segmentum.model.StoreDirectory;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.query.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code segmentum query --data DIR [--now INSTANT] QUERY}: loads a store directory into the engine and
 * prints the ids of the matching customers, one per line, ascending. Load problems go to stderr with the
 * counts; the query runs on the valid records.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Load a store directory and print the ids of the customers matching a query.")
final class QueryCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Store directory (DATA.md §2).")
  private Path data;

  @Option(names = "--now", paramLabel = "INSTANT",
      description = "Evaluate as of this instant, e.g. 2011-12-10T00:00:00Z (default: the current time).")
  private Instant now;

  @Option(names = "--count", description = "Print only the number of matching customers.")
  private boolean countOnly;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The segment query.")
  private String query;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (Query.check(query) instanceof Validation.Invalid invalid) {
      Diagnostics.print(invalid, err);
      return Main.INVALID_INPUT;
    }
    long started = System.nanoTime();
    LoadResult loaded = StoreDirectory.read(data);
    loaded.report().problems().forEach(problem -> err.println(problem.message()));
    err.println(loaded.report().summary());
    Instant at = now == null ? Instant.now() : now;
    Validation validation = Query.language().withSchema(ShopSchema.of(loaded.store().metafieldDefinitions()))
        .validate(query);
    if (validation instanceof Validation.Invalid invalid) {
      Diagnostics.print(invalid, err);
      return Main.INVALID_INPUT;
    }
    Engine engine = Engine.load(loaded.store(), Clock.fixed(at, ZoneOffset.UTC));
    long loadedAt = System.nanoTime();
    Membership members = engine.evaluate(((Validation.Valid) validation).query(), at);
    long evaluatedAt = System.nanoTime();
    err.printf("loaded %,d customers in %.1f s; %,d match (evaluated in %.1f ms)%n", engine.customerCount(),
        (loadedAt - started) / 1e9, members.count(), (evaluatedAt - loadedAt) / 1e6);
    err.flush();
    Writer out = spec.commandLine().getOut();
    try {
      if (countOnly) {
        out.write(members.count() + "\n");
      } else {
        for (var ids = members.customerIds().iterator(); ids.hasNext(); ) {
          out.write(Long.toString(ids.nextLong()));
          out.write('\n');
        }
      }
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return 0;
  }
}
