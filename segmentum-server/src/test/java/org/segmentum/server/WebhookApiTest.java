package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

class WebhookApiTest {
  private static final String HOOKS = "/api/v1/shops/1/webhooks";

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void subscriptionsAreCreatedListedShownAndDeletedWithTheSecretShownOnce(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.Reply created = Http.post(test.url(HOOKS), test.admin,
          Http.json(Map.of("topic", "customer.joined_segment", "url", "https://example.com/hooks?shop=1")));
      assertThat(created.status()).isEqualTo(201);
      JsonNode hook = created.json();
      long id = hook.get("id").asLong();
      String secret = hook.get("secret").asText();
      assertThat(secret).startsWith("whsec_").hasSize(6 + 43);
      assertThat(hook.get("topic").asText()).isEqualTo("customer.joined_segment");
      assertThat(hook.get("url").asText()).isEqualTo("https://example.com/hooks?shop=1");
      assertThat(hook.get("created_at").asText()).isEqualTo(TestServer.START.toString());
      assertThat(hook.get("pending").asLong()).isZero();
      WebhookDeliveryTest.subscribe(test, "segments.delete", "http://127.0.0.1:9/x");

      Http.Reply list = Http.get(test.url(HOOKS), test.reader);
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().get("webhooks")).extracting(w -> w.get("topic").asText())
          .containsExactly("customer.joined_segment", "segments.delete");
      assertThat(list.text()).doesNotContain(secret).doesNotContain("secret");
      Http.Reply shown = Http.get(test.url(HOOKS + "/" + id), test.reader);
      assertThat(shown.json().get("url").asText()).isEqualTo("https://example.com/hooks?shop=1");
      assertThat(shown.text()).doesNotContain(secret);
      JsonNode log = Http.get(test.url(HOOKS + "/" + id + "/deliveries"), test.reader).json();
      assertThat(log.get("deliveries")).isEmpty();
      assertThat(log.get("next_cursor").isNull()).isTrue();

      assertThat(Http.send("DELETE", test.url(HOOKS + "/" + id), test.writer, null, Map.of()).status()).isEqualTo(403);
      assertThat(Http.send("DELETE", test.url(HOOKS + "/" + id), test.admin, null, Map.of()).status()).isEqualTo(204);
      assertThat(Http.send("DELETE", test.url(HOOKS + "/" + id), test.admin, null, Map.of()).status()).isEqualTo(404);
      assertThat(Http.get(test.url(HOOKS + "/" + id), test.reader).status()).isEqualTo(404);
      assertThat(Http.get(test.url(HOOKS + "/" + id + "/deliveries"), test.reader).status()).isEqualTo(404);
      assertThat(Http.get(test.url(HOOKS), test.reader).json().get("webhooks")).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void badRequestsAreProblems(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      assertProblem(Http.post(test.url(HOOKS), test.admin, "{not json"), 400);
      assertProblem(Http.post(test.url(HOOKS), test.admin, "[]"), 400);
      assertProblem(Http.post(test.url(HOOKS), test.admin, ""), 400);
      assertProblem(Http.post(test.url(HOOKS), test.admin, "{\"url\":\"https://example.com\"}"), 400);
      assertProblem(Http.post(test.url(HOOKS), test.admin, "{\"topic\":\"segments.create\"}"), 400);
      assertProblem(Http.post(test.url(HOOKS), test.admin, "{\"topic\":5,\"url\":\"https://example.com\"}"), 400);

      Http.Reply topic = Http.post(test.url(HOOKS), test.admin,
          Http.json(Map.of("topic", "customers.create", "url", "https://example.com")));
      assertProblem(topic, 422);
      assertThat(topic.json().get("type").asText()).endsWith("/invalid-webhook");
      assertThat(topic.json().get("detail").asText()).contains("customers.create").contains("customer.left_segment");
      for (String url : new String[] {"ftp://example.com/x", "/relative/hook", "not a url", "https://", "mailto:a@b.c",
          "http:///nohost", " "}) {
        Http.Reply bad = Http.post(test.url(HOOKS), test.admin, Http.json(Map.of("topic", "segments.create", "url", url)));
        assertProblem(bad, 422);
        assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asText()).as(url).containsExactly("url");
      }
      Http.Reply both = Http.post(test.url(HOOKS), test.admin, Http.json(Map.of("topic", "x", "url", "y")));
      assertThat(both.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("topic", "url");
      assertThat(Http.get(test.url(HOOKS), test.reader).json().get("webhooks")).isEmpty();

      long id = WebhookDeliveryTest.subscribe(test, "segments.update", "https://example.com/h").id();
      assertProblem(Http.get(test.url(HOOKS + "/999"), test.reader), 404);
      assertProblem(Http.get(test.url(HOOKS + "/abc"), test.reader), 404);
      assertProblem(Http.send("DELETE", test.url(HOOKS + "/999"), test.admin, null, Map.of()), 404);
      assertProblem(Http.get(test.url(HOOKS + "/" + id + "/deliveries?limit=0"), test.reader), 400);
      assertProblem(Http.get(test.url(HOOKS + "/" + id + "/deliveries?limit=251"), test.reader), 400);
      assertProblem(Http.get(test.url(HOOKS + "/" + id + "/deliveries?cursor=abc"), test.reader), 400);
      assertProblem(Http.get(test.url(HOOKS + "/" + id + "/deliveries?cursor=-1"), test.reader), 400);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void tokensNeedTheirShopAndScope(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      String body = Http.json(Map.of("topic", "segments.create", "url", "https://example.com/h"));
      assertProblem(Http.post(test.url(HOOKS), null, body), 401);
      assertProblem(Http.post(test.url(HOOKS), "sgm_wrong", body), 401);
      assertProblem(Http.post(test.url(HOOKS), test.reader, body), 403);
      assertProblem(Http.post(test.url(HOOKS), test.writer, body), 403);
      assertProblem(Http.post(test.url(HOOKS), test.otherShopAdmin, body), 404);
      assertProblem(Http.get(test.url(HOOKS), null), 401);
      long id = WebhookDeliveryTest.subscribe(test, "segments.create", "https://example.com/h").id();
      assertProblem(Http.get(test.url(HOOKS + "/" + id), test.otherShopAdmin), 404);
      assertProblem(Http.get(test.url("/api/v1/shops/2/webhooks/" + id), test.otherShopAdmin), 404);
      assertProblem(Http.get(test.url("/api/v1/shops/2/webhooks/" + id + "/deliveries"), test.otherShopAdmin), 404);
      assertProblem(Http.send("DELETE", test.url("/api/v1/shops/2/webhooks/" + id), test.otherShopAdmin, null,
          Map.of()), 404);
      assertThat(Http.get(test.url("/api/v1/shops/2/webhooks"), test.otherShopAdmin).json().get("webhooks")).isEmpty();
      assertThat(Http.get(test.url(HOOKS + "/" + id), test.reader).status()).isEqualTo(200);
    }
  }

  private static void assertProblem(Http.Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }
}
