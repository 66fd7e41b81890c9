package org.segmentum.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.segmentum.model.LoadCounts;
import org.segmentum.model.LoadProblem;
import org.segmentum.model.LoadReport;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.model.StoreDirectory;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;

/**
 * Imports a store directory or a Shopify customer CSV into one shop, through the same path as the ingest
 * API: records are stored first, then applied to the shop's live segments, and the joined/left events are
 * recorded; so a server that starts on the database afterwards finds data, membership and event log in
 * agreement. Work is done in batches of {@value #BATCH} records, each one transaction. A bad record is
 * reported with its file, line and field and never stops the others (DATA.md §2).
 *
 * <p>The command line opens the shop with {@link #open}; the API imports into the shop it serves.
 */
public final class StoreImport {
  static final int BATCH = 5_000;
  private static final Map<String, RecordType> TYPES = Map.of(
      "metafield_definitions.ndjson", RecordType.METAFIELD_DEFINITIONS, "categories.ndjson", RecordType.CATEGORIES,
      "products.ndjson", RecordType.PRODUCTS, "customers.ndjson", RecordType.CUSTOMERS,
      "orders.ndjson", RecordType.ORDERS, "checkouts.ndjson", RecordType.CHECKOUTS, "events.ndjson", RecordType.EVENTS);

  private final ShopRuntime shop;

  StoreImport(ShopRuntime shop) {
    this.shop = shop;
  }

  /**
   * Loads a stored shop as the server does at start (rebuilding its data and reconciling its segments) to
   * import into it; empty when there is no such shop.
   */
  public static Optional<StoreImport> open(Storage storage, long shopId, Clock clock) {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(clock, "clock");
    Optional<ShopRow> row = storage.read(tx -> tx.shops().find(shopId));
    return row.map(found -> new StoreImport(ShopRuntime.load(storage, found, clock, events -> { })));
  }

  /**
   * Imports the entity files of a store directory (plain or {@code .gz}) in dependency order; its
   * {@code shop.json} is not read, the records go into this shop.
   *
   * @throws IllegalArgumentException if {@code dir} is not a directory or holds a file both plain and gzipped
   * @throws UncheckedIOException if a file cannot be read
   */
  public LoadReport directory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory");
    }
    List<Path> files = new ArrayList<>();
    for (String name : StoreDirectory.ENTITY_FILES) {
      Path plain = dir.resolve(name);
      Path gzipped = dir.resolve(name + ".gz");
      if (Files.exists(plain) && Files.exists(gzipped)) {
        throw new IllegalArgumentException(dir + " holds both " + name + " and " + name + ".gz; keep one");
      }
      if (Files.exists(plain) || Files.exists(gzipped)) {
        files.add(Files.exists(plain) ? plain : gzipped);
      }
    }
    Report report = new Report();
    for (Path file : files) {
      String name = file.getFileName().toString();
      RecordType type = TYPES.get(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name);
      try (BufferedReader reader = reader(file)) {
        ndjson(type, name, reader, report);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return report.build();
  }

  /**
   * Imports a Shopify customer CSV file (UTF-8).
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public LoadReport customerCsv(Path file) {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return customerCsv(reader, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Imports Shopify customer CSV text; {@code fileName} names it in the counts and problems. */
  LoadReport customerCsv(Reader csv, String fileName) {
    ShopifyCustomerCsv.ReadResult read = ShopifyCustomerCsv.read(csv, fileName, shop.now());
    Report report = new Report();
    report.problems(read.problems());
    long[] counts = new long[5];
    for (int from = 0; from < read.customers().size(); from += BATCH) {
      var batch = read.customers().subList(from, Math.min(read.customers().size(), from + BATCH));
      add(counts, new Ingest(shop).csvCustomers(batch));
    }
    counts[4] += read.problems().size();
    report.file(fileName, counts);
    return report.build();
  }

  private void ndjson(RecordType type, String fileName, BufferedReader reader, Report report) throws IOException {
    long[] counts = new long[5];
    List<String> batch = new ArrayList<>(BATCH);
    long firstLine = 1;
    long number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      batch.add(number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line);
      if (batch.size() == BATCH) {
        report.errors(fileName, add(counts, new Ingest(shop).lines(type, batch, firstLine)));
        batch.clear();
        firstLine = number + 1;
      }
    }
    if (!batch.isEmpty()) {
      report.errors(fileName, add(counts, new Ingest(shop).lines(type, batch, firstLine)));
    }
    report.file(fileName, counts);
  }

  private static Ingest.Outcome add(long[] counts, Ingest.Outcome outcome) {
    counts[0] += outcome.loaded();
    counts[1] += outcome.replaced();
    counts[2] += outcome.stale();
    counts[3] += outcome.deleted();
    counts[4] += outcome.rejected();
    return outcome;
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Counts per file and the problems, at most {@link LoadReport#MAX_PROBLEMS} of them. */
  private static final class Report {
    private final List<LoadCounts> files = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    void file(String name, long[] counts) {
      files.add(new LoadCounts(name, counts[0], counts[1], counts[2], counts[3], counts[4]));
    }

    void errors(String fileName, Ingest.Outcome outcome) {
      for (Map<String, Object> error : outcome.errors()) {
        String field = (String) error.get("field");
        problems(List.of(new LoadProblem(fileName, ((Number) error.get("line")).longValue(),
            field == null || field.isEmpty() ? null : field, (String) error.get("reason"))));
      }
    }

    void problems(List<LoadProblem> found) {
      for (LoadProblem problem : found) {
        if (problems.size() < LoadReport.MAX_PROBLEMS) {
          problems.add(problem);
        }
      }
    }

    LoadReport build() {
      return new LoadReport(files, problems);
    }
  }
}
