package org.segmentum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.segmentum.engine.LiveShop;
import org.segmentum.engine.MembershipEvent;
import org.segmentum.model.LoadResult;
import org.segmentum.model.StoreDirectory;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.query.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segmentum simulate --data DIR --segments FILE --from INSTANT --to INSTANT [--changes FILE]}: what
 * live segments would have done over a period. Defines the segments at {@code --from}, replays the
 * timestamped changes while moving the clock to {@code --to}, and prints every joined/left event as
 * NDJSON, in order. Members at {@code --from} are the starting point, not events (add {@code --initial}
 * to print them as joins too).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Replay changes and the passing of time over live segments; print joined/left events as NDJSON.")
final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Store directory (the state at --from).")
  private Path data;

  @Option(names = "--segments", required = true, paramLabel = "FILE", description = "One 'id<TAB>query' per line.")
  private Path segmentsFile;

  @Option(names = "--from", required = true, paramLabel = "INSTANT", description = "Start, e.g. 2026-01-01T00:00:00Z.")
  private Instant from;

  @Option(names = "--to", required = true, paramLabel = "INSTANT", description = "End of the period.")
  private Instant to;

  @Option(names = "--changes", paramLabel = "FILE",
      description = "NDJSON of {\"at\": INSTANT, \"kind\": \"customer|order|checkout|event|delete_customer\", \"record\": {...}}.")
  private Path changesFile;

  @Option(names = "--initial", description = "Also print the members at --from as joined.")
  private boolean initial;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (to.isBefore(from)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--to must not be before --from");
    }
    LoadResult loaded = StoreDirectory.read(data);
    loaded.report().problems().forEach(problem -> err.println(problem.message()));
    err.println(loaded.report().summary());
    Query language = Query.language().withSchema(ShopSchema.of(loaded.store().metafieldDefinitions()));
    List<String[]> segments = readSegments(language, err);
    if (segments == null) {
      return Main.INVALID_INPUT;
    }
    List<ChangeFile.TimedChange> changes = changesFile == null ? List.of()
        : ChangeFile.read(changesFile, loaded.store(), err);
    if (changes == null) {
      return Main.INVALID_INPUT;
    }
    LiveShop live = LiveShop.start(loaded.store(), from);
    EventPrinter printer = new EventPrinter(spec.commandLine().getOut());
    for (String[] segment : segments) {
      List<MembershipEvent> joined = live.define(segment[0],
          ((Validation.Valid) language.validate(segment[1])).query());
      if (initial) {
        printer.print(joined);
      }
    }
    for (ChangeFile.TimedChange change : changes) {
      if (change.at().isAfter(to)) {
        break;
      }
      printer.print(live.apply(change.change(), change.at().isBefore(from) ? from : change.at()));
    }
    printer.print(live.advanceTo(to));
    printer.flush();
    return 0;
  }

  /** The segments file as {id, query} pairs; null (after printing the problems) when a query is invalid. */
  private List<String[]> readSegments(Query language, PrintWriter err) {
    List<String> lines;
    try {
      lines = Files.readAllLines(segmentsFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + segmentsFile, e);
    }
    List<String[]> segments = new ArrayList<>();
    boolean valid = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        err.printf("%s line %d: expected 'id<TAB>query'%n", segmentsFile, i + 1);
        valid = false;
        continue;
      }
      String id = line.substring(0, tab).strip();
      String text = line.substring(tab + 1);
      if (language.validate(text) instanceof Validation.Invalid invalid) {
        for (var diagnostic : invalid.diagnostics()) {
          err.printf("%s line %d (segment %s): %s%n", segmentsFile, i + 1, id, diagnostic.render());
        }
        valid = false;
        continue;
      }
      segments.add(new String[] {id, text});
    }
    err.flush();
    return valid ? segments : null;
  }
}
