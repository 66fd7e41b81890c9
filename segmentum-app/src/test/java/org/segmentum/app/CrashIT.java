package org.segmentum.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;
import org.segmentum.storage.StorageLocation;
import org.segmentum.storage.TestStorages;

/**
 * The durability proof: {@code segmentum serve} is killed with SIGKILL in the middle of a heavy ingest from
 * several clients, then started again on the same database. Every batch answered 2xx before the kill must be
 * there, each batch whole or not at all, and every segment's change feed replayed from empty must give exactly
 * its members: whatever the kill swallowed between storing data and storing its events, the reconciliation at
 * start recorded. Webhooks for joins and leaves are active throughout: after the restart, every event of
 * every change feed reaches the receiver at least once.
 */
class CrashIT {
  private static final long SHOP = 1;
  private static final int WRITERS = 4;
  private static final int BATCH = 50;
  /** Each writer stops by itself after this many batches; the kill comes long before. */
  private static final int MAX_BATCHES = 2_000;
  /** Kill once this many requests have been answered 2xx. */
  private static final int KILL_AFTER = 150;

  /** What the clients were told was stored: customers, orders per customer, customers whose tags were cleared. */
  private final Set<Long> customers = ConcurrentHashMap.newKeySet();
  private final Map<Long, Integer> orders = new ConcurrentHashMap<>();
  private final Set<Long> untagged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger acknowledged = new AtomicInteger();

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void everyAcknowledgedBatchSurvivesAKillAndTheChangeFeedReplaysToTheMembers(Flavor flavor, @TempDir Path dir)
      throws Exception {
    List<String> database = switch (TestStorages.location(flavor, dir)) {
      case StorageLocation.SqliteFile file -> List.of("--db", file.path().toString());
      case StorageLocation.Postgres postgres -> List.of("--postgres", postgres.url());
    };
    assertThat(run("shop", "create", "--id", "1", "--name", "Crash Shop", "--timezone", "Europe/Sofia", "--currency",
        "EUR", database).exitCode()).isZero();
    String admin = token(database);
    List<String> writerTokens = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      writerTokens.add(token(database));
    }
    List<String> serve = new ArrayList<>(database);
    serve.addAll(List.of("--host", "127.0.0.1", "--port", "0"));

    Map<String, Long> ownSegments = new HashMap<>();
    HookReceiver receiver = new HookReceiver();
    try (ServerProcess server = ServerProcess.start(serve.toArray(String[]::new))) {
      Api api = new Api(server.url(), admin);
      for (String topic : List.of("customer.joined_segment", "customer.left_segment")) {
        Api.require(api.post("/api/v1/shops/1/webhooks", Api.json(Map.of("topic", topic, "url", receiver.url()))), 201);
      }
      ownSegments.put("Everyone", segment(api, "Everyone", "number_of_orders >= 0"));
      ownSegments.put("Big spenders", segment(api, "Big spenders", "amount_spent >= 300"));
      ownSegments.put("Repeat buyers", segment(api, "Repeat buyers", "number_of_orders >= 2"));
      ownSegments.put("VIP", segment(api, "VIP", "customer_tags CONTAINS 'vip'"));

      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      List<Future<Integer>> writers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        Api writerApi = new Api(server.url(), writerTokens.get(i));
        int writer = i + 1;
        writers.add(pool.submit(() -> write(writerApi, writer)));
      }
      while (acknowledged.get() < KILL_AFTER && writers.stream().noneMatch(Future::isDone)) {
        Thread.sleep(20);
      }
      server.kill();
      pool.shutdown();
      assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
      for (Future<Integer> writer : writers) {
        assertThat(writer.get()).as("a writer ran to its end: the kill came too late").isLessThan(MAX_BATCHES);
      }
    }
    assertThat(acknowledged.get()).isGreaterThanOrEqualTo(KILL_AFTER);

    try (ServerProcess restarted = ServerProcess.start(serve.toArray(String[]::new))) {
      Api api = new Api(restarted.url(), admin);
      Map<Long, JsonNode> everyone = everyone(api, ownSegments.get("Everyone"));
      assertThat(everyone.keySet()).containsAll(customers);
      assertThat(Api.require(api.get("/api/v1/shops/1"), 200).json().path("customers").asInt())
          .isEqualTo(everyone.size());
      orders.forEach((customer, count) -> assertThat(everyone.get(customer).path("number_of_orders").asInt())
          .as("orders of customer %d", customer).isEqualTo(count));
      everyone.forEach((customer, member) -> assertThat(member.path("number_of_orders").asInt())
          .as("a batch is stored whole or not at all: orders of customer %d", customer)
          .isIn(0, ordersOf(customer)));
      untagged.forEach(customer -> assertThat(everyone.get(customer).path("tags")).as("tags of %d", customer).isEmpty());

      JsonNode segments = Api.require(api.get("/api/v1/shops/1/segments?limit=250"), 200).json().path("segments");
      assertThat(segments).hasSize(9);
      for (JsonNode segment : segments) {
        long id = segment.path("id").asLong();
        Set<Long> members = api.members(SHOP, id);
        assertThat(api.replayChanges(SHOP, id)).as("change feed of segment %s", segment.path("name").asText())
            .isEqualTo(members);
        assertThat(segment.path("members").asLong()).isEqualTo(members.size());
      }
      System.out.printf("%s: killed after %d acknowledged requests (%d customers); on restart: %s%n", flavor,
          acknowledged.get(), customers.size(), restarted.err().lines().filter(line -> line.contains("reconciling"))
              .findFirst().orElse("nothing to reconcile"));
      assertThat(api.members(SHOP, ownSegments.get("VIP"))).doesNotContainAnyElementsOf(untagged).isNotEmpty();
      assertThat(api.members(SHOP, ownSegments.get("Big spenders"))).isNotEmpty();
      Set<String> logged = new java.util.HashSet<>();
      for (JsonNode segment : segments) {
        logged.addAll(eventIds(api, segment.path("id").asLong()));
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (!receiver.eventIds().containsAll(logged) && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      assertThat(receiver.eventIds()).as("every joined/left event delivered at least once").containsAll(logged);
      restarted.stop();
    } finally {
      receiver.close();
    }
  }

  /** The event ids of a segment's change feed, from the start. */
  private static Set<String> eventIds(Api api, long segment) throws IOException, InterruptedException {
    Set<String> ids = new java.util.HashSet<>();
    String cursor = "0";
    while (true) {
      JsonNode page = Api.require(api.get("/api/v1/shops/1/segments/" + segment + "/changes?limit=1000&cursor="
          + cursor), 200).json();
      page.path("events").forEach(event -> ids.add(event.path("event_id").asText()));
      if (page.path("events").isEmpty()) {
        return ids;
      }
      cursor = page.path("next_cursor").asText();
    }
  }

  /** Sends batches until the server is gone: customers, their orders, and now and then a tag change. */
  private int write(Api api, int writer) throws InterruptedException {
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        ids.add(writer * 1_000_000L + (long) batch * BATCH + i);
      }
      try {
        send(api, "customers", ids.stream().map(id -> customer(id, "2025-01-01T00:00:00Z", id % 4 == 0)).toList());
        customers.addAll(ids);
        List<String> lines = new ArrayList<>();
        for (long id : ids) {
          for (int j = 0; j < ordersOf(id); j++) {
            lines.add("{\"id\": " + (id * 10 + j) + ", \"customer_id\": " + id + ", \"created_at\": \"2025-0" + (j + 2)
                + "-01T12:00:00Z\", \"total_price\": \"" + ((id % 7) + 1) * 40 + ".00\", \"line_items\": "
                + "[{\"product_id\": 1, \"quantity\": 1}]}");
          }
        }
        send(api, "orders", lines);
        ids.forEach(id -> orders.put(id, ordersOf(id)));
        if (batch % 3 == 2) {
          List<Long> earlier = ids.stream().map(id -> id - BATCH).toList();
          send(api, "customers", earlier.stream().map(id -> customer(id, "2025-06-01T00:00:00Z", false)).toList());
          untagged.addAll(earlier);
        }
      } catch (IOException gone) {
        return batch;
      }
    }
    return MAX_BATCHES;
  }

  /** Posts an NDJSON batch; retries while rate-limited; throws when the server is gone. */
  private void send(Api api, String records, List<String> lines) throws IOException, InterruptedException {
    while (true) {
      Api.Reply reply = api.post("/api/v1/shops/1/" + records, String.join("\n", lines));
      if (reply.status() == 429) {
        Thread.sleep(200);
        continue;
      }
      Api.require(reply, 200);
      assertThat(reply.json().path("rejected").asInt()).as(reply.text()).isZero();
      acknowledged.incrementAndGet();
      return;
    }
  }

  private static String customer(long id, String updatedAt, boolean vip) {
    return "{\"id\": " + id + ", \"created_at\": \"2025-01-01T00:00:00Z\", \"updated_at\": \"" + updatedAt + "\", "
        + "\"email_marketing\": \"" + (id % 2 == 0 ? "SUBSCRIBED" : "NOT_SUBSCRIBED") + "\", \"tags\": "
        + (vip ? "[\"vip\"]" : "[]") + "}";
  }

  private static int ordersOf(long customer) {
    return 1 + (int) (customer % 3);
  }

  private static Map<Long, JsonNode> everyone(Api api, long segment) throws IOException, InterruptedException {
    Map<Long, JsonNode> members = new HashMap<>();
    String cursor = "";
    do {
      Api.Reply page = Api.require(api.get("/api/v1/shops/1/segments/" + segment + "/members?limit=1000"
          + (cursor.isEmpty() ? "" : "&cursor=" + cursor)), 200);
      page.json().path("members").forEach(member -> members.put(member.path("id").asLong(), member));
      cursor = page.json().path("next_cursor").isNull() ? "" : page.json().path("next_cursor").asText();
    } while (!cursor.isEmpty());
    return members;
  }

  private static long segment(Api api, String name, String query) throws IOException, InterruptedException {
    return Api.require(api.post("/api/v1/shops/1/segments", Api.json(Map.of("name", name, "query", query))), 201)
        .json().path("id").asLong();
  }

  private static String token(List<String> database) throws Exception {
    var result = run("token", "create", "--shop", "1", "--scopes", "admin", database);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.out().strip();
  }

  private static SegmentumProcess.Result run(String command, String subcommand, Object... rest) throws Exception {
    List<String> args = new ArrayList<>(List.of(command, subcommand));
    for (Object arg : rest) {
      if (arg instanceof List<?> list) {
        list.forEach(item -> args.add(item.toString()));
      } else {
        args.add(arg.toString());
      }
    }
    return SegmentumProcess.run(args.toArray(String[]::new));
  }
}
