package org.segmentum.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.segmentum.engine.Change;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.storage.StoredRecord;
import org.segmentum.storage.Transaction;

/**
 * Fills a demo shop: the records of a store directory (DATA.md §2) are decoded as ingest decodes them and
 * stored in the shop's records, so the server loads them at start like any other shop's data. A record
 * that does not decode, or that names a customer the store does not have, is left out and counted.
 */
public final class DemoShops {
  /** The entity files of a store directory in load order, each with the record type it holds. */
  private static final List<RecordType> LOAD_ORDER = List.of(RecordType.METAFIELD_DEFINITIONS, RecordType.CATEGORIES,
      RecordType.PRODUCTS, RecordType.CUSTOMERS, RecordType.ORDERS, RecordType.CHECKOUTS, RecordType.EVENTS);

  /** Records stored per batch. */
  private static final int BATCH = 2_000;

  /** Opens one file of a store directory by name (such as {@code orders.ndjson.gz}); empty when absent. */
  @FunctionalInterface
  public interface StoreFiles {
    Optional<InputStream> open(String name) throws IOException;

    /** The files of a directory on disk. */
    static StoreFiles directory(Path directory) {
      return name -> {
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
      };
    }
  }

  /** How many records were stored and how many were left out. */
  public record Loaded(long stored, long rejected) {
  }

  private DemoShops() {
  }

  /**
   * Stores every record of the store's entity files ({@code <name>.ndjson} or {@code <name>.ndjson.gz}) into
   * the shop, which must exist, in the caller's transaction.
   */
  public static Loaded storeRecords(Transaction tx, long shopId, StoreFiles files) throws IOException, SQLException {
    List<MetafieldDefinition> definitions = new ArrayList<>();
    Set<Long> customers = new HashSet<>();
    List<StoredRecord> pending = new ArrayList<>(BATCH);
    long stored = 0;
    long rejected = 0;
    for (RecordType type : LOAD_ORDER) {
      Optional<BufferedReader> opened = open(files, type.path + ".ndjson");
      if (opened.isEmpty()) {
        continue;
      }
      try (BufferedReader lines = opened.get()) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          switch (DecodedRecord.decode(type, line.strip(), definitions)) {
            case DecodedRecord.Rejected bad -> rejected++;
            case DecodedRecord.Deletion deletion -> {
              flush(tx, shopId, pending);
              customers.remove(deletion.customerId());
              tx.records().deleteCustomer(shopId, deletion.customerId());
              stored++;
            }
            case DecodedRecord.Accepted accepted -> {
              if (accepted.customerReference().isPresent()
                  && !customers.contains(accepted.customerReference().getAsLong())) {
                rejected++;
                continue;
              }
              switch (accepted.change()) {
                case Change.CustomerUpsert upsert -> customers.add(upsert.customer().id());
                case Change.MetafieldDefinitionUpsert upsert -> definitions.add(upsert.definition());
                default -> {
                  // other records need no bookkeeping here
                }
              }
              pending.add(accepted.stored());
              stored++;
              if (pending.size() == BATCH) {
                flush(tx, shopId, pending);
              }
            }
          }
        }
      }
    }
    flush(tx, shopId, pending);
    return new Loaded(stored, rejected);
  }

  private static void flush(Transaction tx, long shopId, List<StoredRecord> pending) throws SQLException {
    tx.records().upsertBatch(shopId, pending);
    pending.clear();
  }

  private static Optional<BufferedReader> open(StoreFiles files, String name) throws IOException {
    Optional<InputStream> plain = files.open(name);
    if (plain.isPresent()) {
      return Optional.of(reader(plain.get()));
    }
    Optional<InputStream> gzipped = files.open(name + ".gz");
    return gzipped.isPresent() ? Optional.of(reader(new GZIPInputStream(gzipped.get(), 1 << 16))) : Optional.empty();
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
