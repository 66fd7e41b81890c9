package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

class SegmentApiTest {
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","last_name":"Ivanova","email":"ana@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED","tags":["vip"]}
      {"id":2,"first_name":"Boris","email":"boris@example.org","created_at":"2026-02-01T10:00:00Z"}
      {"id":3,"first_name":"Cveta","email":"cveta@example.com","created_at":"2026-03-01T10:00:00Z","tags":["vip"]}
      """;
  private static final String ORDERS = """
      {"id":10,"customer_id":1,"created_at":"2026-02-01T12:00:00Z","total_price":"150.00"}
      {"id":11,"customer_id":1,"created_at":"2026-03-01T12:00:00Z","total_price":"20.00"}
      {"id":12,"customer_id":2,"created_at":"2026-03-02T12:00:00Z","total_price":"45.50"}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aSegmentFollowsItsDataFromCreationToDeletion(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      assertThat(ingest(test, "customers", CUSTOMERS).json().get("loaded").asInt()).isEqualTo(3);
      assertThat(ingest(test, "orders", ORDERS).json().get("loaded").asInt()).isEqualTo(3);

      Http.Reply created = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "  Big spenders ", "query", "amount_spent > 100")));
      assertThat(created.status()).isEqualTo(201);
      JsonNode segment = created.json();
      assertThat(segment.get("name").asText()).isEqualTo("Big spenders");
      assertThat(segment.get("members").asLong()).isEqualTo(1);
      assertThat(segment.get("share").asDouble()).isEqualTo(33.33);
      assertThat(segment.get("author").asText()).startsWith("test");
      assertThat(created.etag()).isEqualTo("\"1\"");
      long id = segment.get("id").asLong();

      Http.Reply again = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "Big spenders", "query", "amount_spent > 100")));
      assertThat(again.json().get("name").asText()).isEqualTo("Big spenders (2)");

      // a new order makes Boris join at once
      ingest(test, "orders", "{\"id\":13,\"customer_id\":2,\"created_at\":\"2026-03-10T12:00:00Z\",\"total_price\":\"80\"}");
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + id), test.reader).json().get("members").asLong())
          .isEqualTo(2);
      JsonNode members = Http.get(test.url("/api/v1/shops/1/segments/" + id + "/members?sort=amount_spent&order=desc"),
          test.reader).json();
      assertThat(members.get("total").asInt()).isEqualTo(2);
      assertThat(ids(members.get("members"))).containsExactly(1L, 2L);
      assertThat(members.get("members").get(0).get("amount_spent").asText()).isEqualTo("170.00");
      assertThat(members.get("statistics").get("amount_spent_sum").asText()).isEqualTo("295.50");

      // the change feed replays joins in order
      JsonNode changes = Http.get(test.url("/api/v1/shops/1/segments/" + id + "/changes"), test.reader).json();
      assertThat(changes.get("events")).extracting(e -> e.get("customer_id").asLong() + ":" + e.get("type").asText())
          .containsExactly("1:joined", "2:joined");

      // a stale version is refused, the current one accepted
      Http.Reply conflict = Http.send("PATCH", test.url("/api/v1/shops/1/segments/" + id), test.writer,
          Http.json(Map.of("query", "amount_spent > 10")), Map.of("If-Match", "\"7\""));
      assertThat(conflict.status()).isEqualTo(409);
      assertThat(conflict.contentType()).startsWith("application/problem+json");
      Http.Reply edited = Http.send("PATCH", test.url("/api/v1/shops/1/segments/" + id), test.writer,
          Http.json(Map.of("query", "amount_spent > 160")), Map.of("If-Match", "\"1\""));
      assertThat(edited.status()).isEqualTo(200);
      assertThat(edited.json().get("members").asLong()).isEqualTo(1);
      assertThat(edited.etag()).isEqualTo("\"2\"");

      // draft, impact, publish
      Http.Reply draft = Http.send("PUT", test.url("/api/v1/shops/1/segments/" + id + "/draft"), test.writer,
          Http.json(Map.of("query", "number_of_orders >= 1")), Map.of("If-Match", "\"2\""));
      assertThat(draft.json().get("draft").asBoolean()).isTrue();
      assertThat(draft.json().get("members").asLong()).isEqualTo(1);
      JsonNode impact = Http.get(test.url("/api/v1/shops/1/segments/" + id + "/draft/impact"), test.reader).json();
      assertThat(impact.get("joining").asLong()).isEqualTo(1);
      assertThat(impact.get("leaving").asLong()).isZero();
      assertThat(impact.get("joining_sample").get(0).asLong()).isEqualTo(2);
      Http.Reply published = Http.post(test.url("/api/v1/shops/1/segments/" + id + "/draft/publish"), test.writer, "");
      assertThat(published.json().get("draft").asBoolean()).isFalse();
      assertThat(published.json().get("query").asText()).isEqualTo("number_of_orders >= 1");
      assertThat(published.json().get("members").asLong()).isEqualTo(2);

      // why
      JsonNode why = Http.get(test.url("/api/v1/shops/1/segments/" + id + "/why?customer_id=3"), test.reader).json();
      assertThat(why.get("member").asBoolean()).isFalse();
      assertThat(why.get("explanation").get("customer_values").asText()).contains("0");

      // survives a restart
      test.restart();
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + id), test.reader).json().get("members").asLong())
          .isEqualTo(2);

      assertThat(Http.send("DELETE", test.url("/api/v1/shops/1/segments/" + id), test.writer, null, Map.of()).status())
          .isEqualTo(204);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + id), test.reader).status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void badNamesAndQueriesAreReportedTogether(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.Reply reply = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "   ", "query", "amount_spent >> 5")));
      assertThat(reply.status()).isEqualTo(422);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      JsonNode problem = reply.json();
      assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("name", "query");
      assertThat(problem.get("diagnostics").get(0).get("column").asInt()).isEqualTo(15);
      assertThat(Http.post(test.url("/api/v1/shops/1/segments"), test.writer, "{not json").status()).isEqualTo(400);
      assertThat(Http.post(test.url("/api/v1/shops/1/segments"), test.writer, "{\"name\":5,\"query\":\"x\"}").status())
          .isEqualTo(400);
      assertThat(Http.post(test.url("/api/v1/shops/1/segments"), test.writer, "[]").status()).isEqualTo(400);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/999"), test.reader).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/abc"), test.reader).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments?cursor=zzz"), test.reader).status()).isEqualTo(400);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments?limit=251"), test.reader).status()).isEqualTo(400);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void theOverviewListsDefaultsSearchesSortsAndPages(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      JsonNode all = Http.get(test.url("/api/v1/shops/1/segments?sort=name&order=asc&limit=2"), test.reader).json();
      assertThat(all.get("total").asInt()).isEqualTo(5);
      assertThat(all.get("segments")).extracting(s -> s.get("name").asText())
          .containsExactly("Abandoned checkouts in the last 30 days", "Customers who have purchased at least once");
      assertThat(all.get("segments").get(0).get("author").asText()).isEqualTo("system");
      String cursor = all.get("next_cursor").asText();
      JsonNode next = Http.get(test.url("/api/v1/shops/1/segments?sort=name&order=asc&limit=2&cursor=" + cursor),
          test.reader).json();
      assertThat(next.get("segments").get(0).get("name").asText()).isEqualTo("Customers who have purchased more than once");
      JsonNode found = Http.get(test.url("/api/v1/shops/1/segments?search=SUBSCRIBER"), test.reader).json();
      assertThat(found.get("segments")).extracting(s -> s.get("name").asText()).containsExactly("Email subscribers");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void previewAnswersForValidAndInvalidQueries(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      ingest(test, "customers", CUSTOMERS);
      JsonNode valid = Http.post(test.url("/api/v1/shops/1/preview"), test.reader,
          Http.json(Map.of("query", "customer_tags contains 'vip'"))).json();
      assertThat(valid.get("valid").asBoolean()).isTrue();
      assertThat(valid.get("members").asInt()).isEqualTo(2);
      assertThat(valid.get("canonical").asText()).isEqualTo("customer_tags CONTAINS 'vip'");
      assertThat(ids(valid.get("first_members"))).containsExactly(1L, 3L);
      JsonNode invalid = Http.post(test.url("/api/v1/shops/1/preview"), test.reader,
          Http.json(Map.of("query", "amount_spnt > 1"))).json();
      assertThat(invalid.get("valid").asBoolean()).isFalse();
      assertThat(invalid.get("diagnostics").get(0).get("message").asText()).contains("amount_spent");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void ingestReportsEveryBadRecordWithItsLineAndKeepsTheRest(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.Reply reply = ingest(test, "customers", """
          {"id":1,"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-06T00:00:00Z"}
          {"id":2}
          not json
          {"id":1,"created_at":"2026-01-05T10:00:00Z","updated_at":"2026-01-05T00:00:00Z"}
          """);
      JsonNode outcome = reply.json();
      assertThat(reply.status()).isEqualTo(200);
      assertThat(outcome.get("loaded").asInt()).isEqualTo(1);
      assertThat(outcome.get("stale").asInt()).isEqualTo(1);
      assertThat(outcome.get("rejected").asInt()).isEqualTo(2);
      assertThat(outcome.get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(2, 3);
      JsonNode orphan = ingest(test, "orders",
          "{\"id\":5,\"customer_id\":99,\"created_at\":\"2026-01-05T10:00:00Z\",\"total_price\":\"1\"}").json();
      assertThat(orphan.get("errors").get(0).get("field").asText()).isEqualTo("customer_id");
      assertThat(Http.post(test.url("/api/v1/shops/1/widgets"), test.writer, "{}").status()).isEqualTo(404);
      assertThat(Http.send("DELETE", test.url("/api/v1/shops/1/customers/1"), test.writer, null, Map.of()).status())
          .isEqualTo(204);
      assertThat(Http.get(test.url("/api/v1/shops/1/customers/1"), test.reader).status()).isEqualTo(404);
      assertThat(Http.send("DELETE", test.url("/api/v1/shops/1/customers/1"), test.writer, null, Map.of()).status())
          .isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void tokensAreCheckedForEveryShopAndScope(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      String segments = test.url("/api/v1/shops/1/segments");
      assertThat(Http.get(segments, null).status()).isEqualTo(401);
      assertThat(Http.get(segments, "sgm_wrong").status()).isEqualTo(401);
      assertThat(Http.get(segments, test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.post(segments, test.reader, Http.json(Map.of("name", "x", "query", "number_of_orders > 1")))
          .status()).isEqualTo(403);
      assertThat(Http.get(segments, test.reader).status()).isEqualTo(200);
      assertThat(Http.get(test.url("/api/v1/shops/3/segments"), test.admin).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/health"), null).json().get("status").asText()).isEqualTo("ok");
      assertThat(Http.get(test.url("/metrics"), null).text()).contains("segmentum_shops");
    }
  }

  static Http.Reply ingest(TestServer test, String kind, String ndjson) {
    return Http.post(test.url("/api/v1/shops/1/" + kind), test.writer, ndjson);
  }

  static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.isObject() ? node.get("id").asLong() : node.asLong()));
    return ids;
  }
}
