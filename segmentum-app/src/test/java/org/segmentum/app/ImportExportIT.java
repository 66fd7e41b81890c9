package org.segmentum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.model.Customer;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.server.ShopSetup;
import org.segmentum.storage.RecordKind;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StorageLocation;

/** {@code segmentum import} and {@code segmentum export} run as processes on a real SQLite file. */
class ImportExportIT {
  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final String HEADER = String.join(",", ShopifyCustomerCsv.COLUMNS);

  @TempDir
  Path dir;

  @Test
  void aStoreDirectoryAndACsvAreImportedAndTheMembersExported() throws Exception {
    Path db = databaseWithShop();
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Files.writeString(store.resolve("customers.ndjson"), String.join("\n",
        "{\"id\": 1, \"first_name\": \"Ana\", \"created_at\": \"2025-06-01T10:00:00Z\", \"tags\": [\"vip\"]}",
        "{\"id\": 2, \"first_name\": \"Boris\", \"created_at\": \"not a time\"}",
        "{\"id\": 3, \"first_name\": \"Цвета\", \"created_at\": \"2025-06-02T10:00:00Z\"}") + "\n");
    Files.writeString(store.resolve("orders.ndjson"), String.join("\n",
        "{\"id\": 10, \"customer_id\": 1, \"created_at\": \"2025-07-01T10:00:00Z\", \"total_price\": \"120.00\"}",
        "{\"id\": 11, \"customer_id\": 3, \"created_at\": \"2025-07-02T10:00:00Z\", \"total_price\": \"30.50\"}",
        "{\"id\": 12, \"customer_id\": 2, \"created_at\": \"2025-07-03T10:00:00Z\", \"total_price\": \"1\"}") + "\n");

    var imported = SegmentumProcess.run("import", store.toString(), "--db", db.toString(), "--shop", "1");
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(2);
    assertThat(imported.err()).contains("customers.ndjson:2: created_at: ")
        .contains("orders.ndjson:3: customer_id: no customer 2 in this shop");
    assertThat(imported.out()).contains("customers.ndjson: 2 loaded, 0 replaced, 0 stale, 1 rejected")
        .contains("orders.ndjson: 2 loaded, 0 replaced, 0 stale, 1 rejected")
        .contains("total: 4 loaded, 0 replaced, 0 stale, 2 rejected");

    Path csv = dir.resolve("customers.csv");
    Files.writeString(csv, HEADER + "\n"
        + "4,=cmd,Ko,ko@example.com,yes,,,,,,,,,,no,0,0,,no,\n"
        + "1,Ana,Lee,ana@example.com,no,,,,,,,,,,no,0,0,,no,\"vip, csv\"\n", StandardCharsets.UTF_8);
    var csvImport = SegmentumProcess.run("import", csv.toString(), "--db", db.toString(), "--shop", "1");
    assertThat(csvImport.exitCode()).as(csvImport.err()).isZero();
    assertThat(csvImport.out().strip()).isEqualTo("customers.csv: 1 loaded, 1 replaced, 0 stale, 0 rejected");

    long buyers = segmentId(db, "Customers who have purchased at least once");
    var exported = SegmentumProcess.run("export", "--db", db.toString(), "--shop", "1", "--segment",
        Long.toString(buyers));
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out().lines().toList()).containsExactly(HEADER,
        "1,Ana,Lee,ana@example.com,no,,,,,,,,,,no,120.00,1,,no,\"vip, csv\"",
        "3,Цвета,,,no,,,,,,,,,,no,30.50,1,,no,");
    assertThat(exported.err()).contains("exported 2 members");

    Path out = dir.resolve("subscribers.csv");
    var toFile = SegmentumProcess.run("export", "--db", db.toString(), "--shop", "1", "--segment",
        Long.toString(segmentId(db, "Email subscribers")), "--out", out.toString());
    assertThat(toFile.exitCode()).as(toFile.err()).isZero();
    assertThat(toFile.out()).isEmpty();
    List<Customer> subscribers = ShopifyCustomerCsv.read(new StringReader(Files.readString(out)), "s.csv", CREATED)
        .customers();
    assertThat(subscribers).extracting(Customer::id).containsExactly(4L);
    assertThat(Files.readString(out)).contains("4,'=cmd,Ko,");

    // what the server loads at its next start: the records and the recorded membership
    try (Storage storage = Storage.open(new StorageLocation.SqliteFile(db))) {
      assertThat(storage.read(tx -> tx.records().count(1, RecordKind.CUSTOMER)).longValue()).isEqualTo(3L);
      assertThat(storage.read(tx -> tx.memberships().members(1)).get(buyers)).containsExactly(1L, 3L);
    }
  }

  @Test
  void badArgumentsAreInvalidInput() throws Exception {
    Path db = databaseWithShop();
    var noShop = SegmentumProcess.run("import", dir.toString(), "--db", db.toString(), "--shop", "9");
    assertThat(noShop.exitCode()).isEqualTo(2);
    assertThat(noShop.err()).contains("no shop 9");
    var noSource = SegmentumProcess.run("import", dir.resolve("missing").toString(), "--db", db.toString(),
        "--shop", "1");
    assertThat(noSource.exitCode()).isEqualTo(2);
    assertThat(noSource.err()).contains("neither a store directory nor a .csv file");
    var noDatabase = SegmentumProcess.run("import", dir.toString(), "--db", dir.resolve("none.db").toString(),
        "--shop", "1");
    assertThat(noDatabase.exitCode()).isEqualTo(2);
    assertThat(noDatabase.err()).contains("no database at");
    assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
    assertThat(SegmentumProcess.run("import", dir.toString(), "--shop", "1").exitCode()).isEqualTo(2);
    assertThat(SegmentumProcess.run("import", dir.toString(), "--db", db.toString(), "--postgres", "postgresql://x/y",
        "--shop", "1").exitCode()).isEqualTo(2);

    var noSegment = SegmentumProcess.run("export", "--db", db.toString(), "--shop", "1", "--segment", "999");
    assertThat(noSegment.exitCode()).isEqualTo(2);
    assertThat(noSegment.err()).contains("shop 1 has no segment 999");
    assertThat(noSegment.out()).isEmpty();
    var otherShop = SegmentumProcess.run("export", "--db", db.toString(), "--shop", "9", "--segment", "1");
    assertThat(otherShop.exitCode()).isEqualTo(2);
    assertThat(SegmentumProcess.run("export", "--db", db.toString(), "--shop", "1").exitCode()).isEqualTo(2);

    var help = SegmentumProcess.run("import", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--shop").contains("--db").contains("--postgres");
    assertThat(SegmentumProcess.run("export", "--help").out()).contains("--segment").contains("--out");
  }

  private Path databaseWithShop() {
    Path db = dir.resolve("segmentum.db");
    try (Storage storage = Storage.open(new StorageLocation.SqliteFile(db))) {
      storage.write(tx -> ShopSetup.create(tx, new ShopRow(1, "Shop", ZoneId.of("Europe/Sofia"), "EUR", CREATED),
          CREATED));
    }
    return db;
  }

  private static long segmentId(Path db, String name) {
    try (Storage storage = Storage.open(new StorageLocation.SqliteFile(db))) {
      return storage.read(tx -> tx.segments().list(1)).stream().filter(row -> row.name().equals(name))
          .mapToLong(SegmentRow::id).findFirst().orElseThrow();
    }
  }
}
