package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.engine.Engine;
import org.segmentum.model.Customer;
import org.segmentum.model.LoadProblem;
import org.segmentum.model.LoadReport;
import org.segmentum.model.LoadResult;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.model.StoreDirectory;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.model.generate.StoreGenerator;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.query.Validation;
import org.segmentum.storage.Flavor;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.TestStorages;

/** Importing and exporting through the public classes the command line uses, then serving what they stored. */
class StoreImportTest {
  private static final Instant NOW = GeneratorOptions.DEFAULT_NOW;
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String BUYERS = "Customers who have purchased at least once";

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aGeneratedStoreIsImportedAsTheReaderLoadsItAndServedAfterwards(Flavor flavor) {
    Path store = directory.resolve("store");
    StoreGenerator.generate(new GeneratorOptions(400, 3, NOW), store);
    LoadResult expected = StoreDirectory.read(store);
    try (Storage storage = TestStorages.open(flavor, directory)) {
      createShop(storage);
      LoadReport report = StoreImport.open(storage, 1, CLOCK).orElseThrow().directory(store);
      assertThat(report.files()).isEqualTo(expected.report().files());
      assertThat(report.total().loaded()).isGreaterThan(400);

      // the export sees what the reader's store gives the engine
      SegmentRow buyers = storage.read(tx -> tx.segments().list(1)).stream()
          .filter(row -> row.name().equals(BUYERS)).findFirst().orElseThrow();
      SegmentExport export = ((SegmentExport.Ready) SegmentExport.open(storage, 1, buyers.id(), CLOCK)).export();
      StringWriter csv = new StringWriter();
      export.writeTo(csv);
      List<Long> exported = ShopifyCustomerCsv.read(new StringReader(csv.toString()), "export.csv", NOW).customers()
          .stream().map(Customer::id).toList();
      var query = ((Validation.Valid) Query.language()
          .withSchema(ShopSchema.of(expected.store().metafieldDefinitions())).validate(buyers.query())).query();
      List<Long> members = Engine.load(expected.store(), CLOCK).evaluate(query, NOW).customerIds().boxed().toList();
      assertThat(exported).isNotEmpty().isEqualTo(members).hasSize(export.members());

      // importing again replaces every record and changes no membership
      long events = lastEvent(storage);
      LoadReport again = StoreImport.open(storage, 1, CLOCK).orElseThrow().directory(store);
      assertThat(again.file("customers.ndjson").orElseThrow().replaced()).isEqualTo(400);
      assertThat(lastEvent(storage)).isEqualTo(events);

      // a server started on the database serves the imported shop with its recorded membership
      String token = Secrets.newToken("sgm_");
      storage.write(tx -> tx.tokens().create(1, "t", EnumSet.of(Scope.READ), Secrets.hash(token), NOW));
      try (Server server = Server.start(ServerSettings.defaults().withHost("127.0.0.1").withPort(0), storage, CLOCK)) {
        String base = "http://127.0.0.1:" + server.port() + "/api/v1/shops/1";
        assertThat(Http.get(base, token).json().get("customers").asInt()).isEqualTo(400);
        JsonNode segment = Http.get(base + "/segments/" + buyers.id(), token).json();
        assertThat(segment.get("members").asInt()).isEqualTo(members.size());
        JsonNode changes = Http.get(base + "/segments/" + buyers.id() + "/changes?limit=1000", token).json();
        assertThat(changes.get("events")).hasSize(members.size())
            .allSatisfy(event -> assertThat(event.get("type").asText()).isEqualTo("joined"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void badRecordsAreReportedWithFileLineAndFieldAndTheRestLoads(Flavor flavor) throws Exception {
    Path store = Files.createDirectories(directory.resolve("bad"));
    Files.writeString(store.resolve("customers.ndjson"), String.join("\n",
        "{\"id\": 1, \"created_at\": \"2026-01-01T10:00:00Z\"}",
        "",
        "{\"id\": 2, \"created_at\": \"not a time\"}",
        "{\"id\": 3, \"created_at\": \"2026-01-02T10:00:00Z\"}") + "\n");
    Files.writeString(store.resolve("orders.ndjson"),
        "{\"id\": 9, \"customer_id\": 77, \"created_at\": \"2026-01-01T10:00:00Z\", \"total_price\": \"5\"}\n"
            + "{\"id\": 10, \"customer_id\": 3, \"created_at\": \"2026-01-01T10:00:00Z\", \"total_price\": \"5\"}\n");
    try (Storage storage = TestStorages.open(flavor, directory)) {
      createShop(storage);
      LoadReport report = StoreImport.open(storage, 1, CLOCK).orElseThrow().directory(store);
      assertThat(report.problems()).extracting(LoadProblem::message).containsExactly(
          "customers.ndjson:3: created_at: " + report.problems().get(0).reason(),
          "orders.ndjson:1: customer_id: no customer 77 in this shop");
      assertThat(report.file("customers.ndjson").orElseThrow().loaded()).isEqualTo(2);
      assertThat(report.file("orders.ndjson").orElseThrow().rejected()).isEqualTo(1);
      assertThat(report.total().rejected()).isEqualTo(2);

      assertThat(StoreImport.open(storage, 2, CLOCK)).isEmpty();
      assertThat(SegmentExport.open(storage, 2, 1, CLOCK)).isEqualTo(new SegmentExport.Refused("there is no shop 2"));
      assertThat(SegmentExport.open(storage, 1, 99_999, CLOCK))
          .isEqualTo(new SegmentExport.Refused("shop 1 has no segment 99999"));
    }
  }

  private static void createShop(Storage storage) {
    storage.write(tx -> ShopSetup.create(tx, new ShopRow(1, "Imported", ZoneId.of("Europe/Sofia"), "EUR", NOW), NOW));
  }

  private static long lastEvent(Storage storage) {
    return storage.read(tx -> {
      long last = 0;
      for (SegmentRow row : tx.segments().list(1)) {
        last = Math.max(last, tx.memberships().lastSequence(1, row.id()));
      }
      return last;
    });
  }
}
