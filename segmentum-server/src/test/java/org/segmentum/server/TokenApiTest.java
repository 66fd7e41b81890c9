package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

class TokenApiTest {
  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void anAdminCreatesListsAndRevokesTokens(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      String tokens = test.url("/api/v1/shops/1/tokens");
      Http.Reply created = Http.post(tokens, test.admin, Http.json(Map.of("name", "  Mailer app ",
          "scopes", List.of("write", "read"))));
      assertThat(created.status()).isEqualTo(201);
      JsonNode token = created.json();
      String secret = token.get("token").asText();
      assertThat(secret).startsWith("sgm_api_").hasSize("sgm_api_".length() + 43);
      assertThat(token.get("name").asText()).isEqualTo("Mailer app");
      assertThat(token.get("scopes")).extracting(JsonNode::asText).containsExactly("read", "write");
      assertThat(token.get("active").asBoolean()).isTrue();

      // the new token works for what its scopes allow, at once
      assertThat(Http.get(test.url("/api/v1/shops/1/segments"), secret).status()).isEqualTo(200);
      assertThat(Http.post(test.url("/api/v1/shops/1/customers"), secret,
          "{\"id\":1,\"created_at\":\"2026-01-05T10:00:00Z\"}").status()).isEqualTo(200);
      assertThat(Http.get(tokens, secret).status()).isEqualTo(403);

      Http.Reply list = Http.get(tokens, test.admin);
      assertThat(list.text()).doesNotContain(secret).doesNotContain("\"token\"").doesNotContain("hash");
      assertThat(list.json().get("tokens")).extracting(t -> t.get("name").asText()).contains("Mailer app");
      JsonNode listed = find(list.json().get("tokens"), token.get("id").asLong());
      assertThat(listed.get("last_used_at").asText()).isEqualTo(TestServer.START.toString());
      assertThat(list.json().get("tokens")).allSatisfy(t -> assertThat(t.has("token")).isFalse());
      assertThat(Http.get(tokens, test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/2/tokens"), test.otherShopAdmin).json().get("tokens"))
          .extracting(t -> t.get("id").asLong()).doesNotContain(token.get("id").asLong());

      // revoked: refused from the next request on
      String revoke = tokens + "/" + token.get("id").asLong();
      assertThat(Http.send("DELETE", test.url("/api/v1/shops/2/tokens/" + token.get("id").asLong()),
          test.otherShopAdmin, null, Map.of()).status()).isEqualTo(404);
      assertThat(Http.send("DELETE", revoke, test.admin, null, Map.of()).status()).isEqualTo(204);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments"), secret).status()).isEqualTo(401);
      assertThat(Http.send("DELETE", revoke, test.admin, null, Map.of()).status()).isEqualTo(404);
      assertThat(find(Http.get(tokens, test.admin).json().get("tokens"), token.get("id").asLong())
          .get("active").asBoolean()).isFalse();
      assertThat(Http.send("DELETE", tokens + "/99999", test.admin, null, Map.of()).status()).isEqualTo(404);
      assertThat(Http.send("DELETE", tokens + "/x", test.admin, null, Map.of()).status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void badTokenRequestsAreRefused(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      String tokens = test.url("/api/v1/shops/1/tokens");
      assertThat(Http.get(tokens, null).status()).isEqualTo(401);
      assertThat(Http.get(tokens, test.reader).status()).isEqualTo(403);
      assertThat(Http.get(tokens, test.writer).status()).isEqualTo(403);
      assertThat(Http.post(tokens, test.writer, "{\"name\":\"x\",\"scopes\":[\"read\"]}").status()).isEqualTo(403);
      assertThat(Http.post(tokens, test.otherShopAdmin, "{\"name\":\"x\",\"scopes\":[\"read\"]}").status())
          .isEqualTo(404);
      assertThat(Http.post(tokens, test.admin, "{not json").status()).isEqualTo(400);
      assertThat(Http.post(tokens, test.admin, "[]").status()).isEqualTo(400);
      assertThat(Http.post(tokens, test.admin, "{\"scopes\":[\"read\"]}").status()).isEqualTo(400);
      assertThat(Http.post(tokens, test.admin, "{\"name\":1,\"scopes\":[\"read\"]}").status()).isEqualTo(400);
      assertThat(Http.post(tokens, test.admin, "{\"name\":\"x\"}").status()).isEqualTo(400);
      assertThat(Http.post(tokens, test.admin, "{\"name\":\"x\",\"scopes\":\"read\"}").status()).isEqualTo(400);
      assertThat(Http.post(tokens, test.admin, "{\"name\":\"x\",\"scopes\":[true]}").status()).isEqualTo(400);
      Http.Reply unknownScope = Http.post(tokens, test.admin, "{\"name\":\"x\",\"scopes\":[\"root\"]}");
      assertThat(unknownScope.status()).isEqualTo(422);
      assertThat(unknownScope.json().get("detail").asText()).contains("root");
      assertThat(Http.post(tokens, test.admin, "{\"name\":\"x\",\"scopes\":[]}").status()).isEqualTo(422);
      assertThat(Http.post(tokens, test.admin, "{\"name\":\" \",\"scopes\":[\"read\"]}").status()).isEqualTo(422);
      assertThat(Http.post(tokens, test.admin, Http.json(Map.of("name", "n".repeat(256), "scopes", List.of("read"))))
          .status()).isEqualTo(422);
      assertThat(Http.get(test.url("/api/v1/shops/3/tokens"), test.admin).status()).isEqualTo(404);
    }
  }

  private static JsonNode find(JsonNode tokens, long id) {
    for (JsonNode token : tokens) {
      if (token.get("id").asLong() == id) {
        return token;
      }
    }
    throw new AssertionError("no token " + id + " in " + tokens);
  }
}
