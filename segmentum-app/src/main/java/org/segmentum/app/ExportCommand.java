package org.segmentum.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.segmentum.server.SegmentExport;
import org.segmentum.storage.Storage;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segmentum export --db FILE|--postgres URL --shop ID --segment ID [--out FILE]}: a segment's members
 * now, as Shopify customer CSV (UTF-8), to the file or to stdout. Reads only; exit 2 for an unknown shop or
 * segment.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a segment's members as Shopify customer CSV.")
final class ExportCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  private ShopDatabase database;

  @Option(names = "--shop", required = true, paramLabel = "ID", description = "The shop.")
  private long shop;

  @Option(names = "--segment", required = true, paramLabel = "ID", description = "The segment.")
  private long segment;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
  private Path out;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Storage> opened = database.open(err);
    if (opened.isEmpty()) {
      return Main.INVALID_INPUT;
    }
    try (Storage storage = opened.get()) {
      return switch (SegmentExport.open(storage, shop, segment, Clock.systemUTC())) {
        case SegmentExport.Refused refused -> {
          err.println("segmentum: " + refused.reason());
          err.flush();
          yield Main.INVALID_INPUT;
        }
        case SegmentExport.Ready ready -> {
          write(ready.export());
          err.printf("exported %,d members of segment %d%s%n", ready.export().members(), segment,
              out == null ? "" : " to " + out);
          err.flush();
          yield 0;
        }
      };
    }
  }

  private void write(SegmentExport export) throws IOException {
    if (out == null) {
      // bytes straight to stdout: the CSV is UTF-8 whatever the console's encoding
      Writer writer = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      export.writeTo(writer);
      writer.flush();
      return;
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      export.writeTo(writer);
    }
  }
}
