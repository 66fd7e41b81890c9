package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.segmentum.server.CampaignTesting.action;
import static org.segmentum.server.CampaignTesting.awaitStatus;
import static org.segmentum.server.CampaignTesting.campaign;
import static org.segmentum.server.CampaignTesting.ingest;
import static org.segmentum.server.CampaignTesting.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/**
 * SMS, Messenger and Viber campaigns through a real local HTTP receiver: one signed JSON post per
 * recipient, only to customers subscribed to the channel, retried while the receiver fails and never
 * accepted twice.
 */
class ChannelCampaignTest {
  private static final String SECRET = "provider-secret-0123456789";
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","phone":"+359888000001","created_at":"2026-01-05T10:00:00Z","sms_marketing":"SUBSCRIBED","channels":["VIBER"],"tags":["vip"]}
      {"id":2,"first_name":"Boris","phone":"+359888000002","created_at":"2026-01-05T10:00:00Z","sms_marketing":"SUBSCRIBED","channels":["VIBER","MESSENGER"],"tags":["vip"]}
      {"id":3,"first_name":"Cveta","phone":"+359888000003","created_at":"2026-01-05T10:00:00Z","tags":["vip"]}
      {"id":4,"first_name":"Dimo","created_at":"2026-01-05T10:00:00Z","sms_marketing":"SUBSCRIBED","channels":["VIBER"],"tags":["vip"]}
      {"id":5,"first_name":"Elena","phone":"+359888000005","created_at":"2026-01-05T10:00:00Z","sms_marketing":"SUBSCRIBED","channels":["VIBER"]}
      {"id":6,"first_name":"Filip","phone":"+359888000006","created_at":"2026-01-05T10:00:00Z","sms_marketing":"SUBSCRIBED","channels":["VIBER"],"tags":["vip"]}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void smsGoesSignedToSubscribersAndARecoveringReceiverGetsEachOnce(Flavor flavor) throws Exception {
    try (Receiver receiver = new Receiver();
         TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      provider(test, "sms", receiver);
      Http.Reply settings = Http.get(test.url("/api/v1/shops/1/settings/channels/sms"), test.admin);
      assertThat(settings.json().get("secret_set").asBoolean()).isTrue();
      assertThat(settings.text()).doesNotContain(SECRET);

      receiver.answer = new Function<>() {
        private int calls;

        @Override
        public Integer apply(JsonNode message) {
          return ++calls <= 2 ? 503 : 200;
        }
      };
      long id = campaign(test, Map.of("name", "Texts", "channel", "sms", "segment_id", vip, "sender", "Corner",
          "body", "Hi {{first_name}} <3 - {{amount_spent}} {{currency}} so far"));
      assertThat(action(test, id, "send").json().get("recipients").get("total").asInt()).isEqualTo(3);
      JsonNode done = awaitStatus(test, id, "completed");

      assertThat(done.get("recipients").get("sent").asInt()).isEqualTo(3);
      assertThat(receiver.requests).hasSize(5).allSatisfy(request -> assertThat(request.signed()).isTrue());
      List<JsonNode> accepted = receiver.accepted();
      assertThat(accepted).extracting(m -> m.get("customer_id").asLong()).containsExactly(1L, 2L, 6L);
      assertThat(accepted).extracting(m -> m.get("message_id").asText()).doesNotHaveDuplicates();
      JsonNode ana = accepted.get(0);
      assertThat(ana.get("to").asText()).isEqualTo("+359888000001");
      assertThat(ana.get("text").asText()).isEqualTo("Hi Ana <3 - 0.00 USD so far");
      assertThat(ana.get("channel").asText()).isEqualTo("sms");
      assertThat(ana.get("sender").asText()).isEqualTo("Corner");
      assertThat(ana.get("test").asBoolean()).isFalse();
      assertThat(receiver.requests.get(0).messageId()).isEqualTo(ana.get("message_id").asText());
      JsonNode recipients = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients"), test.reader).json();
      assertThat(recipients.get("recipients")).extracting(r -> r.get("customer_id").asLong() + ":"
          + r.get("attempts").asInt()).containsExactly("1:3", "2:1", "6:1");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aReceiverDownPausesTheCampaignAndAfterItRecoversEachIsDeliveredOnce(Flavor flavor) throws Exception {
    try (Receiver receiver = new Receiver();
         TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      provider(test, "viber", receiver);
      receiver.answer = message -> 503;
      long id = campaign(test, Map.of("name", "Viber", "channel", "viber", "segment_id", vip,
          "body", "Hello {{first_name|there}}"));
      assertThat(action(test, id, "send").status()).isEqualTo(202);
      JsonNode paused = awaitStatus(test, id, "paused");
      assertThat(paused.get("last_error").asText()).contains("HTTP 503").contains("retries");
      assertThat(receiver.requests).hasSize(CampaignSender.RETRIES + 1)
          .allSatisfy(request -> assertThat(request.body().get("customer_id").asLong()).isEqualTo(1));

      // the receiver is back, and refuses Filip's message for good
      receiver.answer = message -> message.get("customer_id").asLong() == 6 ? 422 : 200;
      assertThat(action(test, id, "resume").status()).isEqualTo(200);
      JsonNode done = awaitStatus(test, id, "completed");
      assertThat(done.get("recipients").get("sent").asInt()).isEqualTo(2);
      assertThat(done.get("recipients").get("failed").asInt()).isEqualTo(1);
      assertThat(receiver.accepted()).extracting(m -> m.get("customer_id").asLong() + ":" + m.get("to").asText())
          .containsExactly("1:+359888000001", "2:+359888000002");
      JsonNode failed = Http.get(test.url("/api/v1/shops/1/campaigns/" + id + "/recipients?status=failed"),
          test.reader).json().get("recipients").get(0);
      assertThat(failed.get("customer_id").asLong()).isEqualTo(6);
      assertThat(failed.get("error").asText()).contains("422");

      // Messenger reaches only customers subscribed to it; its address is the customer id
      provider(test, "messenger", receiver);
      long messenger = campaign(test, Map.of("name", "Messenger", "channel", "messenger", "segment_id", vip,
          "body", "Hi {{first_name}}"));
      assertThat(action(test, messenger, "send").json().get("recipients").get("total").asInt()).isEqualTo(1);
      awaitStatus(test, messenger, "completed");
      assertThat(receiver.accepted().get(receiver.accepted().size() - 1).get("to").asText()).isEqualTo("2");
    }
  }

  private static void provider(TestServer test, String channel, Receiver receiver) {
    Http.Reply reply = Http.send("PUT", test.url("/api/v1/shops/1/settings/channels/" + channel), test.admin,
        Http.json(Map.of("url", receiver.url(), "secret", SECRET, "messages_per_minute", 600)), Map.of());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
  }

  /** One request the receiver got: its JSON, whether the signature was right, the message id and the answer. */
  record Request(JsonNode body, boolean signed, String messageId, int status) {
  }

  /** A provider webhook on a local port that checks signatures and answers as the test says. */
  static final class Receiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile Function<JsonNode, Integer> answer = message -> 200;
    private final HttpServer server;

    Receiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/hook", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<JsonNode> accepted() {
      return requests.stream().filter(request -> request.status() == 200).map(Request::body).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = JSON.readTree(raw);
      String signature = exchange.getRequestHeaders().getFirst("X-Segmentum-Hmac-SHA256");
      boolean signed = signature != null && MessageDigest.isEqual(Base64.getDecoder().decode(signature), hmac(raw));
      int status = answer.apply(body);
      requests.add(new Request(body, signed, exchange.getRequestHeaders().getFirst("X-Segmentum-Message-Id"), status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    }

    private static byte[] hmac(byte[] raw) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(raw);
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
