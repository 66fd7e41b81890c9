package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;
import org.segmentum.storage.OutboxEvent;
import org.segmentum.storage.WebhookRow;
import org.segmentum.storage.WebhookTopic;

/**
 * Webhooks end to end: events made through the real API reach a real receiver that is down, then failing,
 * then slow once, then fine, across a restart; everything arrives at least once, in log order, signed.
 */
class WebhookDeliveryTest {
  static final ServerSettings SETTINGS = ServerSettings.defaults().withPort(0).withHost("127.0.0.1")
      .withWebhookTimeout(Duration.ofSeconds(1));
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","email":"ana@example.com","created_at":"2026-01-05T10:00:00Z"}
      {"id":2,"first_name":"Boris","email":"boris@example.org","created_at":"2026-02-01T10:00:00Z"}
      {"id":3,"first_name":"Cveta","email":"cveta@example.com","created_at":"2026-03-01T10:00:00Z"}
      """;
  private static final String ORDERS = """
      {"id":10,"customer_id":1,"created_at":"2026-02-01T12:00:00Z","total_price":"150.00"}
      {"id":11,"customer_id":1,"created_at":"2026-03-01T12:00:00Z","total_price":"20.00"}
      {"id":12,"customer_id":2,"created_at":"2026-03-02T12:00:00Z","total_price":"45.50"}
      """;

  @TempDir
  Path directory;

  record Subscription(long id, String topic, String secret) {
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void everyEventArrivesInOrderThroughAnOutageErrorsASlowAnswerAndARestart(Flavor flavor) {
    try (WebhookReceiver receiver = WebhookReceiver.notListening();
         TestServer test = new TestServer(flavor, directory, SETTINGS)) {
      Map<String, Subscription> subscriptions = new LinkedHashMap<>();
      for (WebhookTopic topic : WebhookTopic.values()) {
        subscriptions.put(topic.wireName(), subscribe(test, topic.wireName(), receiver.url()));
      }
      Subscription joined = subscriptions.get("customer.joined_segment");

      // the receiver is down: every subscription with events fails once, refused
      post(test, "customers", CUSTOMERS);
      post(test, "orders", ORDERS);
      long big = create(test, "Big spenders", "amount_spent > 100");
      deliver(test);
      for (String topic : List.of("customer.joined_segment", "customer.left_segment", "segments.create")) {
        assertThat(deliveries(test, subscriptions.get(topic))).singleElement().satisfies(attempt -> {
          assertThat(attempt.get("outcome").asText()).isEqualTo("failed");
          assertThat(attempt.get("status").isNull()).isTrue();
          assertThat(attempt.get("error").asText()).startsWith("cannot connect");
          assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        });
      }
      assertThat(deliveries(test, subscriptions.get("segments.update"))).isEmpty();
      JsonNode waiting = Http.get(test.url("/api/v1/shops/1/webhooks/" + joined.id()), test.reader).json();
      assertThat(waiting.get("pending").asLong()).isPositive();
      assertThat(waiting.get("failing_since").asText()).isEqualTo(TestServer.START.toString());

      // it listens but answers 500 for a while
      receiver.start();
      receiver.failing(true);
      test.clock.advance(Duration.ofSeconds(1));
      deliver(test);
      test.clock.advance(Duration.ofSeconds(2));
      deliver(test);
      assertThat(patch(test, big, "1", Map.of("name", "Big spenders 40+", "query", "amount_spent > 40")).status())
          .isEqualTo(200);
      assertThat(patch(test, big, "7", Map.of("name", "Stale")).status()).isEqualTo(409);
      deliver(test);
      assertThat(deliveries(test, joined)).extracting(d -> d.get("attempt").asInt() + " " + d.get("outcome").asText()
          + " " + d.get("status").asText()).containsExactly("3 failed 500", "2 failed 500", "1 failed null");

      // it recovers, but its first answer comes after the sender stopped waiting
      receiver.failing(false);
      receiver.slowOnce(Duration.ofSeconds(3));
      deliverUntilNothingWaits(test);
      assertThat(receiver.slowOneDone()).isTrue();
      assertThat(subscriptions.values().stream().flatMap(s -> deliveries(test, s).stream())
          .map(d -> d.get("error").asText())).contains("no answer within 1000 ms");

      // events wait for a failing receiver while the server restarts
      receiver.failing(true);
      post(test, "orders", "{\"id\":13,\"customer_id\":3,\"created_at\":\"2026-03-10T12:00:00Z\",\"total_price\":\"200\"}");
      assertThat(Http.send("PUT", test.url("/api/v1/shops/1/segments/" + big + "/draft"), test.writer,
          Http.json(Map.of("query", "amount_spent > 150")), Map.of("If-Match", "\"2\"")).status()).isEqualTo(200);
      assertThat(Http.post(test.url("/api/v1/shops/1/segments/" + big + "/draft/publish"), test.writer, "").status())
          .isEqualTo(200);
      long subscribers = segmentNamed(test, "Email subscribers");
      assertThat(Http.send("DELETE", test.url("/api/v1/shops/1/segments/" + subscribers), test.writer, null, Map.of())
          .status()).isEqualTo(204);
      deliver(test);
      assertThat(pending(test)).isPositive();
      test.restart();
      receiver.failing(false);
      deliverUntilNothingWaits(test);

      // every logged event arrived at least once, first receipts in log order, every request signed
      List<WebhookReceiver.Received> received = receiver.received();
      for (WebhookTopic topic : WebhookTopic.values()) {
        assertThat(firstReceipts(received, topic.wireName())).as(topic.wireName())
            .isNotEmpty().containsExactlyElementsOf(logged(test, topic));
      }
      List<String> accepted = received.stream().filter(WebhookReceiver.Received::accepted)
          .map(WebhookReceiver.Received::eventId).toList();
      assertThat(accepted).hasSizeGreaterThan((int) accepted.stream().distinct().count());
      for (WebhookReceiver.Received request : received) {
        Subscription subscription = subscriptions.get(request.topic());
        assertThat(request.webhookId()).isEqualTo(Long.toString(subscription.id()));
        assertThat(request.signature()).isEqualTo(hmac(subscription.secret(), request.body()));
        assertThat(request.json().get("id").asText()).isEqualTo(request.eventId());
        assertThat(request.json().get("topic").asText()).isEqualTo(request.topic());
        assertThat(request.json().get("shop_id").asLong()).isEqualTo(1);
      }

      // the payloads carry the customer and the segment
      assertThat(bodies(received, "customer.joined_segment").stream()
          .filter(body -> body.get("data").get("segment_id").asLong() == big)
          .map(body -> body.get("data").get("customer_id").asLong())).containsExactly(1L, 2L, 3L);
      assertThat(bodies(received, "customer.left_segment").stream()
          .filter(body -> body.get("data").get("segment_id").asLong() == big)
          .map(body -> body.get("data").get("customer_id").asLong())).containsExactly(2L);
      assertThat(bodies(received, "segments.create")).singleElement().satisfies(body -> {
        assertThat(body.get("data").get("segment").get("id").asLong()).isEqualTo(big);
        assertThat(body.get("data").get("segment").get("name").asText()).isEqualTo("Big spenders");
        assertThat(body.get("data").get("segment").get("query").asText()).isEqualTo("amount_spent > 100");
      });
      assertThat(bodies(received, "segments.update")).extracting(body -> body.get("data").get("segment"))
          .extracting(s -> s.get("version").asInt() + " " + s.get("query").asText() + " " + s.get("draft").asBoolean())
          .containsExactly("2 amount_spent > 40 false", "3 amount_spent > 40 true", "4 amount_spent > 150 false");
      assertThat(bodies(received, "segments.delete")).singleElement().satisfies(body -> {
        assertThat(body.get("data").get("segment").get("id").asLong()).isEqualTo(subscribers);
        assertThat(body.get("data").get("segment").get("name").asText()).isEqualTo("Email subscribers");
      });

      // the log shows the failures and the deliveries; metrics count them
      assertThat(deliveries(test, joined)).extracting(d -> d.get("outcome").asText()).contains("delivered", "failed");
      assertThat(Http.get(test.url("/metrics"), null).text()).contains("segmentum_webhook_failures_total")
          .contains("segmentum_webhook_outbox_depth 0.0");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aFailingEventIsRetriedWithDoublingWaitsForADayThenGivenUp(Flavor flavor) {
    try (WebhookReceiver receiver = WebhookReceiver.notListening();
         TestServer test = new TestServer(flavor, directory, SETTINGS)) {
      receiver.start();
      receiver.failing(true);
      Subscription creates = subscribe(test, "segments.create", receiver.url());
      create(test, "First", "number_of_orders > 3");
      create(test, "Second", "number_of_orders > 4");
      deliver(test);
      assertThat(deliveries(test, creates)).hasSize(1);
      for (int failures = 1; failures <= 4; failures++) {
        Duration wait = Duration.ofSeconds(1L << (failures - 1));
        test.clock.advance(wait.minusMillis(1));
        deliver(test);
        assertThat(deliveries(test, creates)).as("still waiting after %s failures", failures).hasSize(failures);
        test.clock.advance(Duration.ofMillis(1));
        deliver(test);
        assertThat(deliveries(test, creates)).hasSize(failures + 1);
      }
      JsonNode view = Http.get(test.url("/api/v1/shops/1/webhooks/" + creates.id()), test.reader).json();
      assertThat(view.get("failed_attempts").asInt()).isEqualTo(5);
      assertThat(view.get("next_attempt_at").asText())
          .isEqualTo(test.clock.instant().plusSeconds(16).toString());

      for (int hours = 0; hours < 30 && outcomes(test, creates).stream().noneMatch("given_up"::equals); hours++) {
        test.clock.advance(Duration.ofHours(1));
        deliver(test);
      }
      List<JsonNode> log = deliveries(test, creates);
      String first = log.get(log.size() - 1).get("event_id").asText();
      List<JsonNode> ofFirst = log.stream().filter(d -> d.get("event_id").asText().equals(first)).toList();
      assertThat(ofFirst.get(0).get("outcome").asText()).isEqualTo("given_up");
      assertThat(ofFirst.subList(1, ofFirst.size()))
          .allSatisfy(d -> assertThat(d.get("outcome").asText()).isEqualTo("failed"));
      Instant firstFailure = Instant.parse(ofFirst.get(ofFirst.size() - 1).get("attempted_at").asText());
      Instant gaveUp = Instant.parse(ofFirst.get(0).get("attempted_at").asText());
      assertThat(Duration.between(firstFailure, gaveUp)).isGreaterThanOrEqualTo(Duration.ofHours(24));
      assertThat(log.get(0).get("event_id").asText()).isNotEqualTo(first);
      assertThat(log.get(0).get("attempt").asInt()).isEqualTo(1);

      receiver.failing(false);
      test.clock.advance(Duration.ofSeconds(1));
      deliver(test);
      assertThat(outcomes(test, creates).get(0)).isEqualTo("delivered");
      List<String> events = logged(test, WebhookTopic.SEGMENTS_CREATE);
      assertThat(firstReceipts(receiver.received(), "segments.create")).containsExactly(events.get(1));
      assertThat(Http.get(test.url("/metrics"), null).text()).contains("segmentum_webhook_given_up_total 1.0");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aDeliveryCutOffByAStopIsNotRecordedAndIsSentAgainAfterTheRestart(Flavor flavor) {
    try (WebhookReceiver receiver = WebhookReceiver.notListening();
         TestServer test = new TestServer(flavor, directory, SETTINGS.withWebhookTimeout(Duration.ofSeconds(60)))) {
      receiver.start();
      Subscription creates = subscribe(test, "segments.create", receiver.url());
      receiver.slowOnce(Duration.ofSeconds(60));
      create(test, "Cut off", "number_of_orders > 3");
      receiver.awaitRequests(1);
      test.restart();
      deliver(test);
      // the attempt cut off by the stop left no trace: the only attempt is the first, delivered after the restart
      assertThat(deliveries(test, creates)).singleElement().satisfies(attempt -> {
        assertThat(attempt.get("outcome").asText()).isEqualTo("delivered");
        assertThat(attempt.get("attempt").asInt()).isEqualTo(1);
        assertThat(attempt.get("status").asInt()).isEqualTo(204);
      });
      List<WebhookReceiver.Received> received = receiver.received();
      assertThat(received).hasSize(2);
      assertThat(received.get(1).eventId()).isEqualTo(received.get(0).eventId());
      assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
    }
  }

  static Subscription subscribe(TestServer test, String topic, String url) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/webhooks"), test.admin,
        Http.json(Map.of("topic", topic, "url", url)));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(reply.json().get("secret").asText()).startsWith("whsec_");
    return new Subscription(reply.json().get("id").asLong(), topic, reply.json().get("secret").asText());
  }

  private static void deliver(TestServer test) {
    test.server.webhooks().deliverDue();
  }

  /** Moves the clock past any back-off and delivers, until nothing waits (a few rounds at most). */
  private static void deliverUntilNothingWaits(TestServer test) {
    for (int round = 0; round < 10 && pending(test) > 0; round++) {
      test.clock.advance(Duration.ofHours(1));
      deliver(test);
    }
    assertThat(pending(test)).isZero();
  }

  private static long pending(TestServer test) {
    JsonNode list = Http.get(test.url("/api/v1/shops/1/webhooks"), test.reader).json().get("webhooks");
    long pending = 0;
    for (JsonNode webhook : list) {
      pending += webhook.get("pending").asLong();
    }
    return pending;
  }

  static List<JsonNode> deliveries(TestServer test, Subscription subscription) {
    JsonNode page = Http.get(test.url("/api/v1/shops/1/webhooks/" + subscription.id() + "/deliveries?limit=250"),
        test.reader).json();
    List<JsonNode> rows = new ArrayList<>();
    page.get("deliveries").forEach(rows::add);
    return rows;
  }

  private static List<String> outcomes(TestServer test, Subscription subscription) {
    return deliveries(test, subscription).stream().map(d -> d.get("outcome").asText()).toList();
  }

  /** The event ids the storage logged for a topic of shop 1, in log order. */
  private static List<String> logged(TestServer test, WebhookTopic topic) {
    WebhookRow everything = new WebhookRow(0, 1, topic, "http://unused", "unused", TestServer.START, true, 0, 0,
        Optional.empty(), Optional.empty());
    return test.storage.read(tx -> tx.outbox().after(everything, 100_000)).stream().map(OutboxEvent::eventId).toList();
  }

  /** Accepted requests of a topic, duplicates dropped: the order in which each event first arrived. */
  private static List<String> firstReceipts(List<WebhookReceiver.Received> received, String topic) {
    return received.stream().filter(r -> r.accepted() && r.topic().equals(topic)).map(WebhookReceiver.Received::eventId)
        .distinct().toList();
  }

  private static List<JsonNode> bodies(List<WebhookReceiver.Received> received, String topic) {
    List<String> seen = new ArrayList<>();
    List<JsonNode> bodies = new ArrayList<>();
    for (WebhookReceiver.Received r : received) {
      if (r.accepted() && r.topic().equals(topic) && !seen.contains(r.eventId())) {
        seen.add(r.eventId());
        bodies.add(r.json());
      }
    }
    return bodies;
  }

  static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static void post(TestServer test, String kind, String ndjson) {
    assertThat(Http.post(test.url("/api/v1/shops/1/" + kind), test.writer, ndjson).status()).isEqualTo(200);
  }

  private static long create(TestServer test, String name, String query) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
        Http.json(Map.of("name", name, "query", query)));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  private static Http.Reply patch(TestServer test, long segment, String version, Map<String, String> changes) {
    return Http.send("PATCH", test.url("/api/v1/shops/1/segments/" + segment), test.writer, Http.json(changes),
        Map.of("If-Match", "\"" + version + "\""));
  }

  private static long segmentNamed(TestServer test, String name) {
    JsonNode found = Http.get(test.url("/api/v1/shops/1/segments?search=" + name.replace(" ", "%20")), test.reader)
        .json().get("segments");
    return found.get(0).get("id").asLong();
  }
}
