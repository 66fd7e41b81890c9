package org.segmentum.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shop create}, {@code token create} and {@code serve} as a person runs them: the packaged jar as
 * processes over one database, and real HTTP calls with the printed tokens.
 */
class ServeIT {

  @Test
  void aShopAndATokenFromTheCommandLineWorkAgainstTheServedApi(@TempDir Path dir) throws Exception {
    String db = dir.resolve("shops.db").toString();
    var shop = SegmentumProcess.run("shop", "create", "--id", "7", "--name", "Seven Seas", "--timezone",
        "Europe/Sofia", "--currency", "eur", "--db", db);
    assertThat(shop.exitCode()).as(shop.err()).isZero();
    assertThat(shop.out()).contains("created shop 7 \"Seven Seas\" (Europe/Sofia, EUR) with 5 default segments");
    String writer = onlyLine(SegmentumProcess.run("token", "create", "--shop", "7", "--scopes", "read,write",
        "--name", "shop sync", "--db", db));
    String reader = onlyLine(SegmentumProcess.run("token", "create", "--shop", "7", "--scopes", "read", "--db", db));
    assertThat(writer).startsWith("sgm_").hasSize(4 + 43).isNotEqualTo(reader);

    try (ServerProcess server = ServerProcess.start("--db", db, "--host", "127.0.0.1", "--port", "0")) {
      assertThat(server.url()).startsWith("http://127.0.0.1:");
      Api api = new Api(server.url(), writer);
      JsonNode described = Api.require(api.get("/api/v1/shops/7"), 200).json();
      assertThat(described.path("name").asText()).isEqualTo("Seven Seas");
      assertThat(described.path("currency").asText()).isEqualTo("EUR");
      assertThat(described.path("segments").asInt()).isEqualTo(5);

      JsonNode loaded = Api.require(api.post("/api/v1/shops/7/customers", String.join("\n",
          "{\"id\": 1, \"created_at\": \"2025-01-01T00:00:00Z\", \"email_marketing\": \"SUBSCRIBED\"}",
          "{\"id\": 2, \"created_at\": \"2025-01-02T00:00:00Z\"}")), 200).json();
      assertThat(loaded.path("loaded").asInt()).isEqualTo(2);
      Api.require(api.post("/api/v1/shops/7/orders", "{\"id\": 10, \"customer_id\": 2, \"created_at\": "
          + "\"2025-02-01T00:00:00Z\", \"total_price\": \"19.90\"}"), 200);
      JsonNode segments = Api.require(new Api(server.url(), reader).get("/api/v1/shops/7/segments?sort=name&order=asc"),
          200).json();
      assertThat(segments.path("segments").findValuesAsText("name")).contains("Email subscribers");
      for (JsonNode segment : segments.path("segments")) {
        switch (segment.path("name").asText()) {
          case "Customers who have purchased at least once" -> assertThat(segment.path("members").asInt()).isOne();
          case "Email subscribers" -> assertThat(segment.path("members").asInt()).isOne();
          default -> {
            // the other defaults are not touched here
          }
        }
      }
      assertThat(new Api(server.url(), reader).post("/api/v1/shops/7/customers", "{\"id\": 3}").status()).isEqualTo(403);
      assertThat(new Api(server.url(), null).get("/api/v1/shops/7").status()).isEqualTo(401);
      assertThat(Api.require(api.get("/health"), 200).json().path("status").asText()).isEqualTo("ok");
      assertThat(Api.require(api.get("/metrics"), 200).text()).contains("segmentum_shops");

      // a shop created while the server runs is served on its first request
      assertThat(SegmentumProcess.run("shop", "create", "--id", "8", "--name", "Late", "--timezone", "UTC",
          "--currency", "USD", "--db", db).exitCode()).isZero();
      String late = onlyLine(SegmentumProcess.run("token", "create", "--shop", "8", "--scopes", "admin", "--db", db));
      assertThat(Api.require(new Api(server.url(), late).get("/api/v1/shops/8"), 200).json().path("name").asText())
          .isEqualTo("Late");

      // without a secret key a password is not stored, and the start said so
      assertThat(server.out()).contains("No secret key (SEGMENTUM_SECRET_KEY or SEGMENTUM_SECRET_KEY_FILE)");
      Api.Reply refused = smtpWithPassword(server.url(), late, 8);
      assertThat(refused.status()).as(refused.text()).isEqualTo(409);
      assertThat(refused.json().path("type").asText()).endsWith("/no-secret-key");

      assertThat(server.stop()).isEqualTo(143);
      assertThat(server.err()).contains("stopping");
    }

    byte[] keyBytes = new byte[32];
    new java.security.SecureRandom().nextBytes(keyBytes);
    String key = java.util.Base64.getEncoder().encodeToString(keyBytes);
    try (ServerProcess again = ServerProcess.start(Map.of("SEGMENTUM_SECRET_KEY", key), "--db", db, "--host",
        "127.0.0.1", "--port", "0")) {
      JsonNode described = Api.require(new Api(again.url(), reader).get("/api/v1/shops/7"), 200).json();
      assertThat(described.path("customers").asInt()).isEqualTo(2);
      assertThat(again.out()).doesNotContain("No secret key");
      String admin = onlyLine(SegmentumProcess.run("token", "create", "--shop", "7", "--scopes", "admin", "--db", db));
      Api.Reply stored = smtpWithPassword(again.url(), admin, 7);
      assertThat(stored.status()).as(stored.text()).isEqualTo(200);
      assertThat(stored.json().path("password_set").asBoolean()).isTrue();
      again.stop();
    }
    var badKey = SegmentumProcess.runWithEnvironment(Map.of("SEGMENTUM_SECRET_KEY", "c2hvcnQ="), "serve", "--db", db,
        "--port", "0");
    assertThat(badKey.exitCode()).isEqualTo(2);
    assertThat(badKey.err()).contains("cannot use the secret key").contains("must be 32 bytes");
  }

  @Test
  void theDemoPrintsTokensAndCurlCommandsThatWorkAndIsCreatedOnlyOnce(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("demo.db");
    try (ServerProcess server = ServerProcess.start("--demo", "--db", db.toString(), "--host", "127.0.0.1",
        "--port", "0")) {
      String printed = server.awaitOut("More: docs/running.md");
      assertThat(printed).contains("shop 1 \"Demo Shop\" (Europe/Sofia, EUR): 20,000 customers")
          .contains("shop 2 \"Online Retail\" (Europe/London, GBP): 4,372 customers, 22,190 orders")
          .contains("UCI Machine Learning Repository, CC BY 4.0");
      List<String> curls = printed.lines().filter(line -> line.startsWith("curl ")).toList();
      assertThat(curls).hasSize(5);
      for (String curl : curls) {
        CurlCommand command = CurlCommand.parse(curl);
        assertThat(command.url()).startsWith(server.url() + "/api/v1/shops/");
        Api.Reply reply = command.send();
        assertThat(reply.status()).as(curl + "\n" + reply.text()).isEqualTo(200);
        if (command.url().endsWith("/preview")) {
          assertThat(reply.json().path("valid").asBoolean()).isTrue();
          assertThat(reply.json().path("members").asInt()).isPositive();
        } else if (command.url().endsWith("/orders")) {
          assertThat(reply.json().path("loaded").asInt()).isOne();
        } else if (command.url().contains("/members")) {
          JsonNode members = reply.json().path("members");
          assertThat(members).hasSize(5);
          assertThat(members.get(0).path("amount_spent").decimalValue())
              .isGreaterThanOrEqualTo(members.get(4).path("amount_spent").decimalValue());
        } else if (command.url().contains("/changes")) {
          assertThat(reply.json().path("events")).hasSize(10);
        } else {
          assertThat(reply.json().path("segments")).hasSize(5);
        }
      }
      // a key file was made next to the database, only for its owner, and sealing works with it
      Path keyFile = dir.resolve("demo.db.key");
      assertThat(server.awaitOut("Secret key: created")).contains("Secret key: created " + keyFile)
          .contains("The web admin: " + server.url() + "/admin");
      assertThat(java.nio.file.Files.getPosixFilePermissions(keyFile))
          .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      assertThat(java.util.Base64.getDecoder().decode(java.nio.file.Files.readString(keyFile).strip())).hasSize(32);
      String token = printed.lines().filter(line -> line.strip().startsWith("token: ")).findFirst().orElseThrow()
          .strip().substring("token: ".length());
      Api.Reply stored = smtpWithPassword(server.url(), token, 1);
      assertThat(stored.status()).as(stored.text()).isEqualTo(200);
      assertThat(server.stop()).isEqualTo(143);
    }
    String firstKey = java.nio.file.Files.readString(dir.resolve("demo.db.key"));

    try (ServerProcess again = ServerProcess.start("--demo", "--db", db.toString(), "--host", "127.0.0.1",
        "--port", "0")) {
      String printed = again.awaitOut("(created on the first start)");
      assertThat(java.nio.file.Files.readString(dir.resolve("demo.db.key"))).isEqualTo(firstKey);
      assertThat(printed).contains("this database has shops already (1 \"Demo Shop\", 2 \"Online Retail\")")
          .contains("segmentum token create --shop 1 --scopes admin --db " + db)
          .doesNotContain("sgm_");
      String token = onlyLine(SegmentumProcess.run("token", "create", "--shop", "1", "--scopes", "admin", "--db",
          db.toString()));
      JsonNode shop = Api.require(new Api(again.url(), token).get("/api/v1/shops/1"), 200).json();
      assertThat(shop.path("customers").asInt()).isEqualTo(20_000);
      again.stop();
    }
  }

  /** Sets the shop's SMTP server with a login and password (which needs the secret key). */
  private static Api.Reply smtpWithPassword(String base, String adminToken, long shop)
      throws java.io.IOException, InterruptedException {
    return Api.send("PUT", base + "/api/v1/shops/" + shop + "/settings/smtp", adminToken, "{\"host\": "
        + "\"smtp.example.com\", \"username\": \"shop\", \"password\": \"s3cret\"}",
        Map.of("Content-Type", "application/json"));
  }

  @Test
  void badArgumentsExitTwoWithAMessage(@TempDir Path dir) throws Exception {
    String db = dir.resolve("bad.db").toString();
    assertInvalid(List.of("shop", "create", "--id", "1", "--name", "A", "--timezone", "Mars/Olympus", "--currency",
        "EUR", "--db", db), "is not a time zone");
    assertInvalid(List.of("shop", "create", "--id", "1", "--name", "A", "--timezone", "Europe/Sofia", "--currency",
        "EURO", "--db", db), "is not an ISO 4217 currency code");
    assertInvalid(List.of("shop", "create", "--id", "0", "--name", "A", "--timezone", "UTC", "--currency", "EUR",
        "--db", db), "--id must be a positive number");
    assertInvalid(List.of("shop", "create", "--id", "1", "--timezone", "UTC", "--currency", "EUR", "--db", db),
        "Missing required option: '--name=NAME'");
    assertThat(SegmentumProcess.run("shop", "create", "--id", "1", "--name", "A", "--timezone", "UTC", "--currency",
        "EUR", "--db", db).exitCode()).isZero();
    assertInvalid(List.of("shop", "create", "--id", "1", "--name", "B", "--timezone", "UTC", "--currency", "EUR",
        "--db", db), "shop 1 exists already");
    assertInvalid(List.of("token", "create", "--shop", "1", "--scopes", "read,root", "--db", db),
        "'root' is not a scope");
    assertInvalid(List.of("token", "create", "--shop", "2", "--scopes", "read", "--db", db), "there is no shop 2");
    assertInvalid(List.of("serve", "--db", db, "--postgres", "postgresql://localhost/x"), "mutually exclusive");
    assertInvalid(List.of("serve", "--postgres", "mysql://localhost/x"), "--postgres needs a URL");
    assertInvalid(List.of("serve", "--db", db, "--port", "70000"), "--port must be 0..65535");
    assertInvalid(List.of("serve", "--db", db, "--port", "eighty"), "Invalid value for option '--port'");
    assertInvalid(List.of("shop"), "Usage:");
  }

  private static void assertInvalid(List<String> args, String message) throws Exception {
    var result = SegmentumProcess.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).as(args + ": " + result.err()).isEqualTo(2);
    assertThat(result.err()).as(String.join(" ", args)).contains(message);
    assertThat(result.out()).as(String.join(" ", args)).isEmpty();
  }

  private static String onlyLine(SegmentumProcess.Result result) {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.outLines()).hasSize(1);
    return result.outLines().get(0);
  }
}
