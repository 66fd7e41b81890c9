package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What campaign and discount tests share: a server with a secret key, setting up data, waiting for outcomes. */
final class CampaignTesting {
  /** How long a test waits for background work before it fails (a deadline, never an expectation of speed). */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private CampaignTesting() {
  }

  static ServerSettings settingsWithKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return ServerSettings.defaults().withPort(0).withHost("127.0.0.1").withSecretKey(EncryptionKey.of(key));
  }

  static Http.Reply ingest(TestServer test, String kind, String body) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/" + kind), test.writer, body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().get("rejected").asInt()).as(reply.text()).isZero();
    return reply;
  }

  static long segment(TestServer test, String name, String query) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
        Http.json(Map.of("name", name, "query", query)));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  static void smtp(TestServer test, int port, String username, String password) {
    Http.Reply reply = Http.send("PUT", test.url("/api/v1/shops/1/settings/smtp"), test.admin, Http.json(Map.of(
        "host", "127.0.0.1", "port", port, "security", "none", "username", username, "password", password,
        "messages_per_minute", 120)), Map.of());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
  }

  static long campaign(TestServer test, Map<String, Object> content) {
    Http.Reply reply = Http.post(test.url("/api/v1/shops/1/campaigns"), test.admin, Http.json(content));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  static JsonNode campaignView(TestServer test, long id) {
    Http.Reply reply = Http.get(test.url("/api/v1/shops/1/campaigns/" + id), test.reader);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  static Http.Reply action(TestServer test, long id, String action) {
    return Http.post(test.url("/api/v1/shops/1/campaigns/" + id + "/" + action), test.admin, "");
  }

  /** Waits until the campaign is in a status, and returns its view then. */
  static JsonNode awaitStatus(TestServer test, long id, String status) {
    JsonNode[] last = new JsonNode[1];
    await(() -> {
      last[0] = campaignView(test, id);
      return last[0].get("status").asText().equals(status);
    }, () -> "campaign " + id + " to be " + status + "; it is " + last[0]);
    return last[0];
  }

  static void await(BooleanSupplier condition, java.util.function.Supplier<String> what) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("gave up waiting for " + what.get());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
