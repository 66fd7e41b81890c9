package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.model.generate.StoreGenerator;

/**
 * Fills shop 1 of a {@link TestServer} with a generated shop through the ingest API, the way a real shop
 * grows: the catalog first, then day by day the customers, orders, checkouts and events of that day, with
 * the clock following (so segments have a size-over-time history). The data spans {@code days} days
 * ending at the server's start plus {@code days}; the clock ends there.
 */
final class DemoShop {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] DATED = {"customers", "orders", "checkouts", "events"};

  private DemoShop() {
  }

  static void load(TestServer test, Path directory, int customers, int days) {
    Instant end = TestServer.START.plus(Duration.ofDays(days));
    StoreGenerator.generate(new GeneratorOptions(customers, 7, end), directory);
    for (String kind : new String[] {"metafield_definitions", "categories", "products"}) {
      post(test, kind, String.join("\n", lines(directory, kind)));
    }
    List<List<Dated>> records = new ArrayList<>();
    for (String kind : DATED) {
      records.add(lines(directory, kind).stream().map(Dated::of).toList());
    }
    Instant day = TestServer.START;
    for (int i = 0; i <= days; i++) {
      Instant until = day;
      test.clock.set(until);
      for (int k = 0; k < DATED.length; k++) {
        Instant from = i == 0 ? Instant.MIN : until.minus(Duration.ofDays(1));
        List<String> batch = records.get(k).stream().filter(r -> r.at().isAfter(from) && !r.at().isAfter(until))
            .map(Dated::line).toList();
        if (!batch.isEmpty()) {
          post(test, DATED[k], String.join("\n", batch));
        }
      }
      test.server.tick();
      day = day.plus(Duration.ofDays(1));
    }
  }

  private record Dated(Instant at, String line) {
    static Dated of(String line) {
      try {
        JsonNode node = JSON.readTree(line);
        JsonNode at = node.has("occurred_at") ? node.get("occurred_at") : node.get("created_at");
        return new Dated(Instant.parse(at.asText()), line);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<String> lines(Path directory, String kind) {
    try {
      return Files.readAllLines(directory.resolve(kind + ".ndjson")).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void post(TestServer test, String kind, String body) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/" + kind), test.writer, body);
    if (reply.status() != 200 || reply.json().get("rejected").asInt() != 0) {
      throw new AssertionError("ingest of " + kind + " failed: " + reply.status() + " " + reply.text());
    }
  }
}
