package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.TestStorages;

/** A store directory stored as a shop's records is what a started server serves, with ingest's rules. */
class DemoShopsTest {

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void storedRecordsAreServedAfterStart(Flavor flavor, @TempDir Path dir) throws IOException {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Files.writeString(store.resolve("metafield_definitions.ndjson"),
        "{\"namespace\":\"loyalty\",\"key\":\"points\",\"name\":\"Points\",\"type\":\"integer\"}\n");
    Files.writeString(store.resolve("customers.ndjson"), String.join("\n",
        "{\"id\": 1, \"created_at\": \"2026-01-01T00:00:00Z\", \"metafields\": {\"loyalty.points\": 50}}",
        "{\"id\": 2, \"created_at\": \"2026-01-02T00:00:00Z\", \"tags\": [\"vip\"]}",
        "{\"id\": 3, \"created_at\": \"not a time\"}",
        "",
        "{\"id\": 2, \"deleted\": true}",
        "{\"id\": 4, \"created_at\": \"2026-01-03T00:00:00Z\"}") + "\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(store.resolve("orders.ndjson.gz")))) {
      out.write(String.join("\n",
          "{\"id\": 10, \"customer_id\": 1, \"created_at\": \"2026-02-01T00:00:00Z\", \"total_price\": \"120.00\"}",
          "{\"id\": 11, \"customer_id\": 1, \"created_at\": \"2026-02-02T00:00:00Z\", \"total_price\": \"30.00\"}",
          "{\"id\": 12, \"customer_id\": 9, \"created_at\": \"2026-02-02T00:00:00Z\", \"total_price\": \"5.00\"}")
          .getBytes(StandardCharsets.UTF_8));
    }

    try (Storage storage = TestStorages.open(flavor, dir)) {
      String token = Secrets.newToken("sgm_");
      DemoShops.Loaded loaded = storage.write(tx -> {
        ShopSetup.create(tx, new ShopRow(5, "Demo", ZoneId.of("Europe/Sofia"), "EUR", TestServer.START),
            TestServer.START);
        tx.tokens().create(5, "test", EnumSet.of(Scope.READ), Secrets.hash(token), TestServer.START);
        try {
          return DemoShops.storeRecords(tx, 5, DemoShops.StoreFiles.directory(store));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      // the definition, customers 1, 2 and 4, the deletion of 2, orders 10 and 11; customer 3 and order 12 left out
      assertThat(loaded).isEqualTo(new DemoShops.Loaded(7, 2));

      try (Server server = Server.start(ServerSettings.defaults().withPort(0).withHost("127.0.0.1"), storage,
          new MutableClock(TestServer.START))) {
        String base = "http://127.0.0.1:" + server.port() + "/api/v1/shops/5";
        assertThat(Http.get(base, token).json().path("customers").asInt()).isEqualTo(2);
        var one = Http.get(base + "/customers/1", token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(Http.get(base + "/customers/2", token).status()).isEqualTo(404);
        var preview = Http.post(base + "/preview", token,
            "{\"query\": \"amount_spent >= 150 AND metafields.loyalty.points >= 10\"}").json();
        assertThat(preview.path("members").asInt()).isOne();
        assertThat(preview.path("first_members").get(0).asLong()).isEqualTo(1);
      }
    }
  }
}
