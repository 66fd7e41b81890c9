package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.storage.Flavor;
import org.segmentum.storage.Secrets;

/**
 * Signing in to the web admin over plain HTTP: the session cookie's attributes, the CSRF token, cross-site
 * requests, sign-out, revoked tokens, idle sessions, and how the admin's files are served.
 */
class AdminSessionTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void aSessionIsAStrictHttpOnlyCookieAndChangesNeedItsCsrfToken() throws Exception {
    try (TestServer test = new TestServer(Flavor.SQLITE, directory)) {
      HttpResponse<String> login = send(test, "POST", "/admin/login", Map.of("Content-Type", "application/json"),
          "{\"token\":\"" + test.admin + "\"}");
      assertThat(login.statusCode()).isEqualTo(200);
      String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie).startsWith("segmentum_session=").contains("; HttpOnly", "; SameSite=Strict", "; Path=/")
          .doesNotContain("Secure");
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));

      HttpResponse<String> session = send(test, "GET", "/admin/session", Map.of("Cookie", cookie), null);
      assertThat(session.statusCode()).isEqualTo(200);
      assertThat(session.headers().firstValue("Cache-Control")).hasValue("no-store");
      JsonNode about = JSON.readTree(session.body());
      assertThat(about.get("shop").get("id").asLong()).isEqualTo(1);
      String csrf = about.get("csrf_token").asText();
      assertThat(csrf).hasSizeGreaterThan(40);

      String segments = "/api/v1/shops/1/segments";
      String body = "{\"name\":\"From the admin\",\"query\":\"number_of_orders > 2\"}";
      assertThat(send(test, "GET", segments, Map.of("Cookie", cookie), null).statusCode()).isEqualTo(200);
      HttpResponse<String> noToken = send(test, "POST", segments, json(cookie), body);
      assertThat(noToken.statusCode()).isEqualTo(403);
      assertThat(noToken.body()).contains("problems/csrf");
      assertThat(send(test, "POST", segments, json(cookie, "X-CSRF-Token", "x" + csrf), body).statusCode()).isEqualTo(403);
      HttpResponse<String> created = send(test, "POST", segments, json(cookie, "X-CSRF-Token", csrf), body);
      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(JSON.readTree(created.body()).get("author").asText()).startsWith("test");

      // requests from other sites are refused, whatever their method
      assertThat(send(test, "GET", segments, Map.of("Cookie", cookie, "Origin", "http://evil.example"), null).statusCode())
          .isEqualTo(403);
      assertThat(send(test, "POST", segments, json(cookie, "X-CSRF-Token", csrf, "Sec-Fetch-Site", "cross-site"), body)
          .statusCode()).isEqualTo(403);
      assertThat(send(test, "POST", segments, json(cookie, "X-CSRF-Token", csrf, "Origin",
          "http://127.0.0.1:" + test.server.port()), body).statusCode()).isEqualTo(201);
      // the session is for its own shop only
      assertThat(send(test, "GET", "/api/v1/shops/2/segments", Map.of("Cookie", cookie), null).statusCode()).isEqualTo(404);

      HttpResponse<String> logout = send(test, "POST", "/admin/logout", json(cookie, "X-CSRF-Token", csrf), null);
      assertThat(logout.statusCode()).isEqualTo(204);
      assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
      assertThat(send(test, "GET", segments, Map.of("Cookie", cookie), null).statusCode()).isEqualTo(401);
      assertThat(send(test, "GET", "/admin/session", Map.of("Cookie", cookie), null).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void onlyAnAdminTokenSignsInAndOnlyFromThisSite() throws Exception {
    try (TestServer test = new TestServer(Flavor.SQLITE, directory)) {
      Map<String, String> asJson = Map.of("Content-Type", "application/json");
      assertThat(send(test, "POST", "/admin/login", asJson, "{\"token\":\"sgm_nothing\"}").statusCode()).isEqualTo(401);
      assertThat(send(test, "POST", "/admin/login", asJson, "{\"token\":\"" + test.writer + "\"}").statusCode())
          .isEqualTo(403);
      Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
      HttpResponse<String> failed = send(test, "POST", "/admin/login", form, "token=sgm_nothing");
      assertThat(failed.statusCode()).isEqualTo(303);
      assertThat(failed.headers().firstValue("Location")).hasValue("/admin/login?failed=token");
      HttpResponse<String> signedIn = send(test, "POST", "/admin/login", form, "token=" + test.admin);
      assertThat(signedIn.statusCode()).isEqualTo(303);
      assertThat(signedIn.headers().firstValue("Location")).hasValue("/admin/");
      assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("segmentum_session=");
      HttpResponse<String> behindTls = send(test, "POST", "/admin/login",
          Map.of("Content-Type", "application/json", "X-Forwarded-Proto", "https"), "{\"token\":\"" + test.admin + "\"}");
      String secureCookie = behindTls.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(secureCookie).startsWith("__Host-segmentum_session=").contains("; Secure", "; HttpOnly", "; SameSite=Strict");
      assertThat(send(test, "GET", "/admin/session", Map.of("Cookie", secureCookie.substring(0, secureCookie.indexOf(';'))),
          null).statusCode()).isEqualTo(200);
      Map<String, String> elsewhere = Map.of("Content-Type", "application/x-www-form-urlencoded", "Origin", "https://evil.example");
      assertThat(send(test, "POST", "/admin/login", elsewhere, "token=" + test.admin).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void revokingTheTokenOrLeavingTheSessionIdleEndsIt() throws Exception {
    try (TestServer test = new TestServer(Flavor.SQLITE, directory)) {
      String cookie = signIn(test, test.admin);
      assertThat(send(test, "GET", "/api/v1/shops/1", Map.of("Cookie", cookie), null).statusCode()).isEqualTo(200);
      long tokenId = test.storage.read(tx -> tx.tokens().findActive(Secrets.hash(test.admin))).orElseThrow().id();
      test.storage.write(tx -> tx.tokens().revoke(1, tokenId, TestServer.START));
      assertThat(send(test, "GET", "/api/v1/shops/1", Map.of("Cookie", cookie), null).statusCode()).isEqualTo(401);

      String other = test.token(1, java.util.EnumSet.of(org.segmentum.storage.Scope.ADMIN));
      String idle = signIn(test, other);
      test.clock.advance(AdminSessions.IDLE.minusMinutes(1));
      assertThat(send(test, "GET", "/api/v1/shops/1", Map.of("Cookie", idle), null).statusCode()).isEqualTo(200);
      test.clock.advance(AdminSessions.IDLE);
      assertThat(send(test, "GET", "/api/v1/shops/1", Map.of("Cookie", idle), null).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void theAdminFilesAreServedWithAStrictPolicy() throws Exception {
    try (TestServer test = new TestServer(Flavor.SQLITE, directory)) {
      HttpResponse<String> page = send(test, "GET", "/admin/", Map.of(), null);
      assertThat(page.statusCode()).isEqualTo(303);
      assertThat(page.headers().firstValue("Location")).hasValue("/admin/login");
      HttpResponse<String> login = send(test, "GET", "/admin/login", Map.of(), null);
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(policy).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

      String cookie = signIn(test, test.admin);
      HttpResponse<String> deep = send(test, "GET", "/admin/segments/42/edit", Map.of("Cookie", cookie), null);
      assertThat(deep.statusCode()).isEqualTo(200);
      assertThat(deep.body()).contains("/admin/js/app.js");
      HttpResponse<String> script = send(test, "GET", "/admin/js/app.js", Map.of(), null);
      assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
      String etag = script.headers().firstValue("ETag").orElseThrow();
      assertThat(send(test, "GET", "/admin/js/app.js", Map.of("If-None-Match", etag), null).statusCode()).isEqualTo(304);
      assertThat(send(test, "GET", "/admin/i18n/en.json", Map.of(), null).statusCode()).isEqualTo(200);
      assertThat(send(test, "GET", "/admin/js/missing.js", Map.of(), null).statusCode()).isEqualTo(404);
      assertThat(send(test, "GET", "/admin/js/%2e%2e/%2e%2e/logback-test.xml", Map.of(), null).statusCode()).isEqualTo(404);
      assertThat(send(test, "GET", "/admin/js/app.java", Map.of(), null).statusCode()).isEqualTo(404);
    }
  }

  private static String signIn(TestServer test, String token) throws Exception {
    HttpResponse<String> login = send(test, "POST", "/admin/login", Map.of("Content-Type", "application/json"),
        "{\"token\":\"" + token + "\"}");
    assertThat(login.statusCode()).isEqualTo(200);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static Map<String, String> json(String cookie, String... more) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cookie", cookie);
    headers.put("Content-Type", "application/json");
    for (int i = 0; i < more.length; i += 2) {
      headers.put(more[i], more[i + 1]);
    }
    return headers;
  }

  private static HttpResponse<String> send(TestServer test, String method, String path, Map<String, String> headers,
      String body) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(test.url(path))).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
