package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.segmentum.server.CampaignTesting.action;
import static org.segmentum.server.CampaignTesting.campaign;
import static org.segmentum.server.CampaignTesting.ingest;
import static org.segmentum.server.CampaignTesting.segment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/** Campaign and messaging-settings routes refuse bad input, wrong scopes, other shops and wrong states clearly. */
class CampaignApiTest {
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","email":"ana@example.com","created_at":"2026-01-05T10:00:00Z","email_marketing":"SUBSCRIBED","tags":["vip"]}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void withoutASecretKeyNoCredentialIsStored(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.Reply refused = Http.send("PUT", test.url("/api/v1/shops/1/settings/smtp"), test.admin, Http.json(Map.of(
          "host", "smtp.corner.example", "username", "shop", "password", "s3cret")), Map.of());
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.json().get("type").asText()).endsWith("/no-secret-key");
      assertThat(refused.json().get("detail").asText()).contains("SEGMENTUM_SECRET_KEY");
      assertThat(Http.get(test.url("/api/v1/shops/1/settings/smtp"), test.admin).status()).isEqualTo(404);
      Http.Reply open = Http.send("PUT", test.url("/api/v1/shops/1/settings/smtp"), test.admin, Http.json(Map.of(
          "host", "relay.corner.example", "security", "none")), Map.of());
      assertThat(open.status()).as("no login, nothing to seal").isEqualTo(200);
      assertThat(open.json().get("port").asInt()).isEqualTo(25);
      assertThat(Http.send("PUT", test.url("/api/v1/shops/1/settings/channels/sms"), test.admin, Http.json(Map.of(
          "url", "https://sms.example/hook", "secret", "0123456789abcdef")), Map.of()).status()).isEqualTo(409);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void settingsAreCheckedAndSecretsNeverShown(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      String smtp = test.url("/api/v1/shops/1/settings/smtp");
      Http.Reply bad = Http.send("PUT", smtp, test.admin, Http.json(Map.of("host", "a b", "port", 70000,
          "security", "ssl", "messages_per_minute", 0, "sender", "not an address")), Map.of());
      assertThat(bad.status()).isEqualTo(422);
      assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactlyInAnyOrder("host", "port", "security", "messages_per_minute", "sender");
      assertThat(Http.send("PUT", smtp, test.admin, "[1]", Map.of()).status()).isEqualTo(400);
      assertThat(Http.send("PUT", smtp, test.writer, Http.json(Map.of("host", "x")), Map.of()).status()).isEqualTo(403);
      assertThat(Http.get(smtp, test.reader).status()).isEqualTo(403);

      Http.Reply saved = Http.send("PUT", smtp, test.admin, Http.json(Map.of("host", "smtp.corner.example",
          "username", "shop", "password", "s3cret", "sender", "Corner Shop <news@corner.example>")), Map.of());
      assertThat(saved.json().get("security").asText()).isEqualTo("starttls");
      assertThat(Http.get(smtp, test.admin).json().get("sender").asText()).isEqualTo("Corner Shop <news@corner.example>");
      assertThat(saved.json().get("port").asInt()).isEqualTo(587);
      assertThat(saved.text()).doesNotContain("s3cret");
      Http.Reply kept = Http.send("PUT", smtp, test.admin, Http.json(Map.of("host", "smtp2.corner.example",
          "username", "shop", "security", "tls")), Map.of());
      assertThat(kept.json().get("password_set").asBoolean()).as("left out: kept").isTrue();
      Map<String, Object> clear = new HashMap<>(Map.of("host", "smtp2.corner.example", "username", "shop"));
      clear.put("password", null);
      assertThat(Http.send("PUT", smtp, test.admin, Http.json(clear), Map.of()).json().get("password_set").asBoolean())
          .isFalse();
      assertThat(Http.get(test.url("/api/v1/shops/2/settings/smtp"), test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.get(smtp, test.otherShopAdmin).status()).isEqualTo(404);

      String sms = test.url("/api/v1/shops/1/settings/channels/sms");
      Http.Reply badProvider = Http.send("PUT", sms, test.admin, Http.json(Map.of("url", "ftp://sms.example",
          "secret", "short")), Map.of());
      assertThat(badProvider.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactlyInAnyOrder("url", "secret");
      assertThat(Http.send("PUT", test.url("/api/v1/shops/1/settings/channels/email"), test.admin, "{}", Map.of())
          .status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/1/settings/channels/fax"), test.admin).status()).isEqualTo(404);
      assertThat(Http.send("PUT", sms, test.admin, Http.json(Map.of("url", "https://sms.example/hook",
          "secret", "0123456789abcdef")), Map.of()).status()).isEqualTo(200);
      JsonNode providers = Http.get(test.url("/api/v1/shops/1/settings/channels"), test.admin).json();
      assertThat(providers.get("providers")).extracting(p -> p.get("channel").asText()).containsExactly("sms");
      assertThat(providers.toString()).doesNotContain("0123456789abcdef");
      assertThat(Http.send("DELETE", sms, test.admin, null, Map.of()).status()).isEqualTo(204);
      assertThat(Http.send("DELETE", sms, test.admin, null, Map.of()).status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void campaignsRefuseBadContentScopesOtherShopsAndWrongStates(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory, CampaignTesting.settingsWithKey())) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      String campaigns = test.url("/api/v1/shops/1/campaigns");
      assertThat(Http.post(campaigns, test.admin, "{not json").status()).isEqualTo(400);
      Http.Reply invalid = Http.post(campaigns, test.admin, Http.json(Map.of("name", " ", "channel", "email",
          "segment_id", 424242, "sender", "not an address", "subject", "Hi {{first_name", "body",
          "<p>{{frist_name}}</p>")));
      assertThat(invalid.status()).isEqualTo(422);
      assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactlyInAnyOrder("name", "segment_id", "sender", "subject", "body");
      assertThat(invalid.json().get("detail").asText()).contains("unknown field 'frist_name'");
      assertThat(Http.post(campaigns, test.admin, Http.json(Map.of("name", "Fax", "channel", "fax", "segment_id", vip,
          "body", "x"))).status()).isEqualTo(422);

      Map<String, Object> good = Map.of("name", "Hello", "segment_id", vip, "sender", "news@corner.example",
          "subject", "Hello", "body", "<p>Hello {{first_name|there}}</p>");
      assertThat(Http.post(campaigns, test.writer, Http.json(good)).status()).as("admin only").isEqualTo(403);
      long id = campaign(test, good);
      assertThat(Http.post(campaigns + "/" + id + "/send", test.writer, "").status()).isEqualTo(403);
      assertThat(Http.get(campaigns + "/999", test.reader).status()).isEqualTo(404);
      assertThat(Http.post(campaigns + "/999/send", test.admin, "").status()).isEqualTo(404);
      assertThat(Http.get(campaigns + "/" + id, test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/2/campaigns/" + id), test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.get(campaigns + "/" + id + "/preview?customer_id=77", test.reader).status()).isEqualTo(404);
      assertThat(Http.get(campaigns + "/" + id + "/recipients?status=lost", test.reader).status()).isEqualTo(400);

      Http.Reply notConfigured = action(test, id, "send");
      assertThat(notConfigured.status()).isEqualTo(409);
      assertThat(notConfigured.json().get("type").asText()).endsWith("/not-configured");
      assertThat(action(test, id, "pause").status()).isEqualTo(409);
      assertThat(action(test, id, "cancel").status()).isEqualTo(409);
      Http.Reply renamed = Http.send("PATCH", campaigns + "/" + id, test.admin, Http.json(Map.of("name", "Hi there")),
          Map.of());
      assertThat(renamed.json().get("name").asText()).isEqualTo("Hi there");
      assertThat(Http.send("PATCH", campaigns + "/" + id, test.admin, Http.json(Map.of("body", "{{nope}}")), Map.of())
          .status()).isEqualTo(422);

      Http.Reply preview = Http.post(campaigns + "/preview", test.reader, Http.json(Map.of("channel", "sms",
          "body", "Hi {{first_name}} & co", "customer_id", 1)));
      assertThat(preview.status()).as(preview.text()).isEqualTo(200);
      assertThat(preview.json().get("body").asText()).isEqualTo("Hi Ana & co");
      assertThat(preview.json().get("reachable").asBoolean()).isFalse();
      assertThat(Http.post(campaigns + "/preview", test.reader, Http.json(Map.of("body", "{{x}}", "customer_id", 1)))
          .status()).isEqualTo(422);

      // a campaign whose segment is gone cannot start
      long gone = segment(test, "Gone soon", "number_of_orders = 0");
      long orphan = campaign(test, Map.of("name", "Orphan", "segment_id", gone, "sender", "news@corner.example",
          "subject", "x", "body", "x"));
      Http.send("DELETE", test.url("/api/v1/shops/1/segments/" + gone), test.writer, null, Map.of());
      Http.send("PUT", test.url("/api/v1/shops/1/settings/smtp"), test.admin, Http.json(Map.of("host", "127.0.0.1",
          "port", closedPort(), "security", "none")), Map.of());
      assertThat(action(test, orphan, "send").json().get("type").asText()).endsWith("/segment-gone");
      assertThat(Http.send("DELETE", campaigns + "/" + orphan, test.admin, null, Map.of()).status()).isEqualTo(204);

      // nothing listens on that port: the campaign pauses, then is cancelled; a started campaign is not deleted
      assertThat(action(test, id, "send").status()).isEqualTo(202);
      CampaignTesting.awaitStatus(test, id, "paused");
      JsonNode cancelled = action(test, id, "cancel").json();
      assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
      assertThat(cancelled.get("recipients").get("skipped").asInt()).isEqualTo(1);
      assertThat(Http.send("DELETE", campaigns + "/" + id, test.admin, null, Map.of()).status()).isEqualTo(409);
      assertThat(action(test, id, "resume").status()).isEqualTo(409);
      JsonNode list = Http.get(campaigns + "?status=cancelled", test.reader).json();
      assertThat(list.get("total").asInt()).isEqualTo(1);
      assertThat(Http.get(test.url("/api/v1/shops/2/campaigns"), test.otherShopAdmin).json().get("total").asInt())
          .isZero();
    }
  }

  /** A local port nothing listens on (it was free a moment ago). */
  private static int closedPort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
