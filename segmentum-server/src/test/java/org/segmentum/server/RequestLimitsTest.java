package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.storage.Flavor;

/** Oversize bodies are refused with 413 and write bursts with 429, both as problem+json, and nothing is stored. */
class RequestLimitsTest {
  @TempDir
  Path directory;

  @Test
  void oversizeBodiesAndWriteBurstsAreRefused() {
    ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withMaxBodyBytes(2_048)
        .withWritesPerSecond(2);
    try (TestServer test = new TestServer(Flavor.SQLITE, directory, settings)) {
      String big = "{\"id\":1,\"created_at\":\"2026-01-01T00:00:00Z\",\"note\":\"" + "x".repeat(4_000) + "\"}";
      Http.Reply tooLarge = Http.post(test.url("/api/v1/shops/1/customers"), test.writer, big);
      assertThat(tooLarge.status()).isEqualTo(413);
      assertThat(tooLarge.contentType()).startsWith("application/problem+json");
      assertThat(tooLarge.json().get("type").asText()).endsWith("/body-too-large");

      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        statuses.add(Http.post(test.url("/api/v1/shops/1/customers"), test.writer,
            "{\"id\":" + (10 + i) + ",\"created_at\":\"2026-01-01T00:00:00Z\"}").status());
      }
      assertThat(statuses).contains(200, 429);
      Http.Reply limited = Http.send("POST", test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "x", "query", "number_of_orders > 1")), Map.of());
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.contentType()).startsWith("application/problem+json");
      assertThat(Http.get(test.url("/api/v1/shops/1/segments"), test.reader).status()).as("reads are not limited")
          .isEqualTo(200);
      long stored = test.storage.read(tx -> tx.records().count(1, org.segmentum.storage.RecordKind.CUSTOMER));
      assertThat(stored).isEqualTo(statuses.stream().filter(s -> s == 200).count());
    }
  }
}
