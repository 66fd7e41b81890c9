package org.segmentum.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.segmentum.model.LoadReport;
import org.segmentum.server.StoreImport;
import org.segmentum.storage.Storage;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code segmentum import DIR|FILE.csv --db FILE|--postgres URL --shop ID}: loads a store directory or a
 * Shopify customer CSV into a shop of the server's database, through the server's own import (stored, applied
 * to the live segments, joined/left events recorded). Problems go to stderr as {@code file:line: field: reason},
 * the counts to stdout. Exit 0 when every record loaded, 2 when some were rejected (the others are loaded) or
 * the input is unusable, 1 on other failures.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Load a store directory or a Shopify customer CSV into a shop of the server's database.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR|FILE.csv",
      description = "A store directory (DATA.md §2) or a Shopify customer CSV file (.csv).")
  private Path source;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private ShopDatabase database;

  @Option(names = "--shop", required = true, paramLabel = "ID", description = "The shop to load into (it must exist).")
  private long shop;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean csv = Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    if (!csv && !Files.isDirectory(source)) {
      err.println("segmentum: " + source + " is neither a store directory nor a .csv file");
      err.flush();
      return Main.INVALID_INPUT;
    }
    Optional<Storage> opened = database.open(err);
    if (opened.isEmpty()) {
      return Main.INVALID_INPUT;
    }
    try (Storage storage = opened.get()) {
      Optional<StoreImport> target = StoreImport.open(storage, shop, Clock.systemUTC());
      if (target.isEmpty()) {
        err.println("segmentum: the database has no shop " + shop + "; create it first");
        err.flush();
        return Main.INVALID_INPUT;
      }
      LoadReport report;
      try {
        report = csv ? target.get().customerCsv(source) : target.get().directory(source);
      } catch (IllegalArgumentException e) {
        err.println("segmentum: " + e.getMessage());
        err.flush();
        return Main.INVALID_INPUT;
      }
      report.problems().forEach(problem -> err.println(problem.message()));
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.summary());
      out.flush();
      return report.isClean() ? 0 : Main.INVALID_INPUT;
    }
  }
}
