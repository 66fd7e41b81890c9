package org.segmentum.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segmentum serve}: the HTTP server. Not available in this version; it says so and exits 1. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the server (not yet available).")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--demo", description = "Serve a generated demo shop.")
  private boolean demo;

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite database file (default ./segmentum.db).")
  private String db;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on.")
  private int port = 8080;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("segmentum serve is not available in this version yet. Meanwhile the"
        + " command line has check, query, generate, simulate and bench (segmentum --help).");
    return 1;
  }
}
