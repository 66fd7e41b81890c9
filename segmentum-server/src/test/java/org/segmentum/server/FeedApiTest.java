package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;
import org.slf4j.LoggerFactory;

class FeedApiTest {
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","last_name":"Ivanova","email":"ana@example.com","created_at":"2026-01-05T10:00:00Z","tags":["vip","b2b"],"addresses":[{"country_code":"BG","city":"Sofia","default":true}]}
      {"id":2,"first_name":"=1+2","email":"boris@example.org","created_at":"2026-02-01T10:00:00Z"}
      {"id":3,"first_name":"Cveta","email":"cveta@example.com","created_at":"2026-03-01T10:00:00Z"}
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
  void aFeedServesTheAllowedFieldsOfTheMembersAndTheirChanges(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      long segment = buyers(test);
      JsonNode created = createFeed(test, segment, Map.of("name", "Partner", "fields",
          List.of("id", "email", "amount_spent", "tags", "country")));
      String token = created.get("token").asText();
      assertThat(token).startsWith("sgmfeed_").hasSize("sgmfeed_".length() + 43);
      assertThat(created.get("url").asText()).isEqualTo(test.url("/feeds/" + token));
      assertThat(created.get("warning").asText()).contains("personal data");
      assertThat(created.get("fields")).extracting(JsonNode::asText)
          .containsExactly("id", "email", "amount_spent", "tags", "country");

      HttpResponse<String> json = RawHttp.get(test.url("/feeds/" + token), null);
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      assertThat(json.headers().firstValue("Cache-Control")).contains("no-store");
      JsonNode body = parse(json.body());
      assertThat(body.get("count").asInt()).isEqualTo(2);
      JsonNode ana = body.get("members").get(0);
      assertThat(Http.json(ana)).isEqualTo(
          "{\"id\":1,\"email\":\"ana@example.com\",\"amount_spent\":\"170.00\",\"tags\":[\"vip\",\"b2b\"],\"country\":\"BG\"}");
      assertThat(body.get("members").get(1).get("id").asLong()).isEqualTo(2);
      assertThat(json.body()).doesNotContain("Ivanova").doesNotContain("first_name");
      String cursor = body.get("cursor").asText();
      assertThat(json.headers().firstValue("Segmentum-Cursor")).contains(cursor);

      HttpResponse<String> ndjson = RawHttp.get(test.url("/feeds/" + token + "?format=ndjson"), null);
      assertThat(ndjson.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
      assertThat(ndjson.body().lines().toList()).hasSize(2).first().asString().startsWith("{\"id\":1,");
      HttpResponse<String> csv = RawHttp.get(test.url("/feeds/" + token + "?format=csv"), null);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.body().lines().toList()).containsExactly("id,email,amount_spent,tags,country",
          "1,ana@example.com,170.00,\"vip, b2b\",BG", "2,boris@example.org,45.50,,");

      // nothing changed since the cursor; then Cveta's first order makes her join, and erasing Ana makes her leave
      JsonNode none = parse(RawHttp.get(test.url("/feeds/" + token + "?since=" + cursor), null).body());
      assertThat(none.get("changes")).isEmpty();
      assertThat(none.get("next_cursor").asText()).isEqualTo(cursor);
      assertThat(none.get("has_more").asBoolean()).isFalse();
      SegmentApiTest.ingest(test, "orders",
          "{\"id\":13,\"customer_id\":3,\"created_at\":\"2026-03-10T12:00:00Z\",\"total_price\":\"9.99\"}");
      Http.send("DELETE", test.url("/api/v1/shops/1/customers/1"), test.writer, null, Map.of());
      JsonNode changes = parse(RawHttp.get(test.url("/feeds/" + token + "?since=" + cursor), null).body());
      assertThat(changes.get("changes")).extracting(c -> c.get("type").asText() + ":" + c.get("customer").get("id"))
          .containsExactly("joined:3", "left:1");
      assertThat(changes.get("changes").get(0).get("customer").get("amount_spent").asText()).isEqualTo("9.99");
      assertThat(changes.get("changes").get(1).get("customer").get("email").isNull()).isTrue();
      String next = changes.get("next_cursor").asText();
      assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(cursor));
      assertThat(parse(RawHttp.get(test.url("/feeds/" + token + "?since=" + next), null).body()).get("changes"))
          .isEmpty();

      // paged changes, in every format
      HttpResponse<String> first = RawHttp.get(test.url("/feeds/" + token + "?since=" + cursor + "&limit=1&format=csv"),
          null);
      assertThat(first.headers().firstValue("Segmentum-Has-More")).contains("true");
      assertThat(first.body().lines().toList()).hasSize(2).first()
          .isEqualTo("cursor,type,at,id,email,amount_spent,tags,country");
      String middle = first.headers().firstValue("Segmentum-Cursor").orElseThrow();
      HttpResponse<String> second = RawHttp.get(test.url("/feeds/" + token + "?since=" + middle + "&format=ndjson"),
          null);
      assertThat(second.headers().firstValue("Segmentum-Has-More")).contains("false");
      assertThat(parse(second.body().strip()).get("type").asText()).isEqualTo("left");

      // the admin sees the uses, never the token
      HttpResponse<String> list = RawHttp.get(test.url("/api/v1/shops/1/segments/" + segment + "/feeds"), test.admin);
      assertThat(list.body()).doesNotContain(token).doesNotContain("\"token\"");
      JsonNode feed = parse(list.body()).get("feeds").get(0);
      assertThat(feed.get("use_count").asInt()).isEqualTo(8);
      assertThat(feed.get("last_used_at").asText()).isEqualTo(TestServer.START.toString());
      assertThat(feed.get("last_used_from").asText()).isEqualTo("127.0.0.1");
      assertThat(feed.get("active").asBoolean()).isTrue();

      // revoked: the next request is refused
      long id = created.get("id").asLong();
      assertThat(delete(test, "/api/v1/shops/1/segments/" + segment + "/feeds/" + id, test.admin)).isEqualTo(204);
      assertThat(RawHttp.get(test.url("/feeds/" + token), null).statusCode()).isEqualTo(404);
      assertThat(delete(test, "/api/v1/shops/1/segments/" + segment + "/feeds/" + id, test.admin)).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void rotatedRevokedExpiredAndUnknownTokensGetTheSameAnswer(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      long segment = buyers(test);
      String base = "/api/v1/shops/1/segments/" + segment + "/feeds";
      JsonNode created = createFeed(test, segment, Map.of("fields", List.of("id"),
          "expires_at", TestServer.START.plus(Duration.ofDays(1)).toString()));
      assertThat(created.get("name").asText()).isEqualTo("Feed");
      String old = created.get("token").asText();
      assertThat(RawHttp.get(test.url("/feeds/" + old), null).statusCode()).isEqualTo(200);

      Http.Reply rotated = Http.post(test.url(base + "/" + created.get("id").asLong() + "/rotate"), test.admin, "");
      assertThat(rotated.status()).isEqualTo(201);
      String fresh = rotated.json().get("token").asText();
      assertThat(fresh).isNotEqualTo(old);
      assertThat(rotated.json().get("expires_at").asText()).isEqualTo(created.get("expires_at").asText());
      assertThat(rotated.json().get("fields")).extracting(JsonNode::asText).containsExactly("id");
      assertThat(RawHttp.get(test.url("/feeds/" + fresh), null).statusCode()).isEqualTo(200);
      HttpResponse<String> rotatedAway = RawHttp.get(test.url("/feeds/" + old), null);
      HttpResponse<String> unknown = RawHttp.get(test.url("/feeds/sgmfeed_" + "A".repeat(43)), null);
      assertThat(rotatedAway.statusCode()).isEqualTo(404);
      assertThat(rotatedAway.body()).isEqualTo(unknown.body());
      assertThat(rotatedAway.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
      assertThat(Http.post(test.url(base + "/" + created.get("id").asLong() + "/rotate"), test.admin, "").status())
          .isEqualTo(404);

      test.clock.advance(Duration.ofDays(2));
      HttpResponse<String> expired = RawHttp.get(test.url("/feeds/" + fresh), null);
      assertThat(expired.statusCode()).isEqualTo(404);
      assertThat(expired.body()).isEqualTo(unknown.body());
      JsonNode feeds = Http.get(test.url(base), test.admin).json().get("feeds");
      assertThat(feeds).extracting(f -> f.get("active").asBoolean()).containsExactly(false, false);
      assertThat(Http.post(test.url(base + "/" + rotated.json().get("id").asLong() + "/rotate"), test.admin, "")
          .status()).isEqualTo(409);

      // a deleted segment takes its feeds along
      JsonNode live = createFeed(test, segment, Map.of("fields", List.of("id")));
      assertThat(delete(test, "/api/v1/shops/1/segments/" + segment, test.writer)).isEqualTo(204);
      HttpResponse<String> gone = RawHttp.get(test.url("/feeds/" + live.get("token").asText()), null);
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).isEqualTo(unknown.body());
      assertThat(RawHttp.get(test.url("/feeds/" + "x".repeat(500)), null).body()).isEqualTo(unknown.body());
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void badRequestsAreRefusedWithProblems(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      long segment = buyers(test);
      String feeds = test.url("/api/v1/shops/1/segments/" + segment + "/feeds");
      assertThat(Http.post(feeds, test.admin, "{not json").status()).isEqualTo(400);
      assertThat(Http.post(feeds, test.admin, "{}").status()).isEqualTo(400);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":\"email\"}").status()).isEqualTo(400);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[1]}").status()).isEqualTo(400);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[\"id\"],\"name\":7}").status()).isEqualTo(400);
      Http.Reply unknownField = Http.post(feeds, test.admin, "{\"fields\":[\"email\",\"password\",\"note\"]}");
      assertThat(unknownField.status()).isEqualTo(422);
      assertThat(unknownField.json().get("unknown_fields")).extracting(JsonNode::asText)
          .containsExactly("password", "note");
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[]}").status()).isEqualTo(422);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[\"id\"],\"name\":\"  \"}").status()).isEqualTo(422);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[\"id\"],\"expires_at\":\"tomorrow\"}").status())
          .isEqualTo(400);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[\"id\"],\"expires_at\":5}").status()).isEqualTo(400);
      assertThat(Http.post(feeds, test.admin, "{\"fields\":[\"id\"],\"expires_at\":\"2020-01-01T00:00:00Z\"}")
          .status()).isEqualTo(422);

      String body = "{\"fields\":[\"id\"]}";
      assertThat(Http.post(feeds, null, body).status()).isEqualTo(401);
      assertThat(Http.post(feeds, test.reader, body).status()).isEqualTo(403);
      assertThat(Http.post(feeds, test.writer, body).status()).isEqualTo(403);
      assertThat(Http.get(feeds, test.writer).status()).isEqualTo(403);
      assertThat(Http.post(feeds, test.otherShopAdmin, body).status()).isEqualTo(404);
      assertThat(Http.post(test.url("/api/v1/shops/1/segments/99999/feeds"), test.admin, body).status()).isEqualTo(404);
      long otherShopSegment = Http.get(test.url("/api/v1/shops/2/segments"), test.otherShopAdmin).json()
          .get("segments").get(0).get("id").asLong();
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + otherShopSegment + "/feeds"), test.admin).status())
          .isEqualTo(404);

      JsonNode created = createFeed(test, segment, Map.of("fields", List.of("id")));
      long id = created.get("id").asLong();
      long otherSegment = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "Other", "query", "number_of_orders = 0"))).json().get("id").asLong();
      assertThat(delete(test, "/api/v1/shops/1/segments/" + otherSegment + "/feeds/" + id, test.admin)).isEqualTo(404);
      assertThat(delete(test, "/api/v1/shops/2/segments/" + otherShopSegment + "/feeds/" + id, test.otherShopAdmin))
          .isEqualTo(404);
      assertThat(delete(test, "/api/v1/shops/1/segments/" + segment + "/feeds/abc", test.admin)).isEqualTo(404);

      String feed = test.url("/feeds/" + created.get("token").asText());
      assertThat(RawHttp.get(feed + "?format=xml", null).statusCode()).isEqualTo(400);
      assertThat(RawHttp.get(feed + "?since=abc", null).statusCode()).isEqualTo(400);
      assertThat(RawHttp.get(feed + "?since=-1", null).statusCode()).isEqualTo(400);
      assertThat(RawHttp.get(feed + "?since=0&limit=0", null).statusCode()).isEqualTo(400);
      assertThat(RawHttp.get(feed + "?since=0&limit=10001", null).statusCode()).isEqualTo(400);
      assertThat(parse(RawHttp.get(feed + "?since=0", null).body()).get("changes")).extracting(c -> c.get("type")
          .asText()).containsExactly("joined", "joined");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void csvCellsThatLookLikeFormulasAreNeutralised(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      long segment = buyers(test);
      String token = createFeed(test, segment, Map.of("fields", List.of("id", "first_name"))).get("token").asText();
      assertThat(RawHttp.get(test.url("/feeds/" + token + "?format=csv"), null).body().lines().toList())
          .containsExactly("id,first_name", "1,Ana", "2,'=1+2");
      assertThat(parse(RawHttp.get(test.url("/feeds/" + token), null).body()).get("members").get(1)
          .get("first_name").asText()).isEqualTo("=1+2");
    }
  }

  @Test
  void feedTokensNeverReachTheLog() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    try (TestServer test = new TestServer(Flavor.SQLITE, directory)) {
      long segment = buyers(test);
      JsonNode created = createFeed(test, segment, Map.of("fields", List.of("id")));
      String token = created.get("token").asText();
      RawHttp.get(test.url("/feeds/" + token), null);
      RawHttp.get(test.url("/feeds/" + token + "?since=zzz"), null);
      delete(test, "/api/v1/shops/1/segments/" + segment + "/feeds/" + created.get("id").asLong(), test.admin);
      RawHttp.get(test.url("/feeds/" + token), null);
      test.restart();
      RawHttp.get(test.url("/feeds/" + token), null);
      assertThat(log.list).isNotEmpty().allSatisfy(event -> {
        assertThat(event.getFormattedMessage()).doesNotContain(token).doesNotContain(token.substring(8));
        if (event.getThrowableProxy() != null) {
          assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(token.substring(8));
        }
      });
    } finally {
      root.detachAppender(log);
    }
    assertThat(Problems.loggable("/feeds/sgmfeed_secret")).isEqualTo("/feeds/…");
    assertThat(Problems.loggable("/api/v1/shops/1")).isEqualTo("/api/v1/shops/1");
  }

  /** Customers 1 and 2 have bought; a segment of buyers. */
  private static long buyers(TestServer test) {
    SegmentApiTest.ingest(test, "customers", CUSTOMERS);
    SegmentApiTest.ingest(test, "orders", ORDERS);
    Http.Reply created = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
        Http.json(Map.of("name", "Buyers", "query", "number_of_orders >= 1")));
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private static JsonNode createFeed(TestServer test, long segment, Map<String, Object> body) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/segments/" + segment + "/feeds"), test.admin,
        Http.json(body));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json();
  }

  private static int delete(TestServer test, String path, String token) {
    return Http.send("DELETE", test.url(path), token, null, Map.of()).status();
  }

  private static JsonNode parse(String text) {
    return new Http.Reply(200, "application/json", "", text).json();
  }
}
