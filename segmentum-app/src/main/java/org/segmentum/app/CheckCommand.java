package org.segmentum.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code segmentum check QUERY}: prints the canonical form, or each diagnostic on stderr and exits 2. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Validate a segment query: print its canonical form, or its problems with their positions.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "QUERY", description = "The query, e.g. 'amount_spent > 100'.")
  private String query;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    return switch (Query.check(query)) {
      case Validation.Valid valid -> {
        out.println(valid.query().canonical());
        yield 0;
      }
      case Validation.Invalid invalid -> {
        Diagnostics.print(invalid, err);
        yield Main.INVALID_INPUT;
      }
    };
  }
}
