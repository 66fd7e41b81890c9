package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.segmentum.server.CampaignTesting.ingest;
import static org.segmentum.server.CampaignTesting.segment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/**
 * Segment-restricted discount codes: eligibility answers from live membership (a customer who leaves the
 * segment is refused at once), the window and the usage limits, with the reasons; uses are recorded only
 * when eligible; codes are unique per shop ignoring case; batches of random codes.
 */
class DiscountApiTest {
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","created_at":"2026-01-05T10:00:00Z","tags":["vip"]}
      {"id":2,"first_name":"Boris","created_at":"2026-01-05T10:00:00Z"}
      {"id":3,"first_name":"Cveta","created_at":"2026-01-05T10:00:00Z","tags":["vip"]}
      {"id":4,"first_name":"Dimo","created_at":"2026-01-05T10:00:00Z","tags":["vip"]}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void eligibilityFollowsLiveMembershipWindowAndLimits(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      Http.Reply created = Http.post(url(test, ""), test.admin, Http.json(Map.of("code", "Vip10", "segment_ids",
          List.of(vip), "value_type", "percentage", "value", "10", "usage_limit", 2, "per_customer_limit", 1,
          "ends_at", "2026-04-01T00:00:00Z")));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      assertThat(created.json().get("code").asText()).isEqualTo("Vip10");
      assertThat(created.json().get("segment_ids")).extracting(JsonNode::asLong).containsExactly(vip);
      assertThat(Http.post(url(test, ""), test.admin, Http.json(Map.of("code", "VIP10", "segment_ids", List.of(vip),
          "value_type", "fixed_amount", "value", "5"))).status()).as("codes ignore case").isEqualTo(409);

      assertThat(eligibility(test, "vip10", 1).get("eligible").asBoolean()).isTrue();
      JsonNode boris = eligibility(test, "VIP10", 2);
      assertThat(boris.get("eligible").asBoolean()).isFalse();
      assertThat(reasons(boris)).containsExactly("not-in-segment");
      assertThat(reasons(eligibility(test, "VIP10", 99))).containsExactly("unknown-customer");

      // Ana leaves the segment through an ingested change: refused at once; back in, accepted at once
      ingest(test, "customers", "{\"id\":1,\"first_name\":\"Ana\",\"created_at\":\"2026-01-05T10:00:00Z\","
          + "\"updated_at\":\"2026-03-10T15:00:00Z\",\"tags\":[]}");
      assertThat(reasons(eligibility(test, "VIP10", 1))).containsExactly("not-in-segment");
      ingest(test, "customers", "{\"id\":1,\"first_name\":\"Ana\",\"created_at\":\"2026-01-05T10:00:00Z\","
          + "\"updated_at\":\"2026-03-10T15:00:01Z\",\"tags\":[\"VIP\"]}");
      assertThat(eligibility(test, "VIP10", 1).get("eligible").asBoolean()).isTrue();

      Http.Reply used = use(test, "vip10", 1, "order-1001");
      assertThat(used.status()).as(used.text()).isEqualTo(201);
      assertThat(used.json().get("order_id").asText()).isEqualTo("order-1001");
      Http.Reply again = use(test, "VIP10", 1, null);
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.json().get("reasons")).extracting(r -> r.get("code").asText())
          .containsExactly("customer-limit-reached");
      assertThat(use(test, "VIP10", 2, null).status()).as("not in the segment").isEqualTo(409);
      assertThat(use(test, "VIP10", 3, null).status()).isEqualTo(201);
      JsonNode full = eligibility(test, "VIP10", 4);
      assertThat(reasons(full)).containsExactly("usage-limit-reached");
      assertThat(full.get("uses").asInt()).isEqualTo(2);
      assertThat(use(test, "VIP10", 4, null).status()).isEqualTo(409);
      JsonNode usages = Http.get(url(test, "/VIP10/usages"), test.reader).json();
      assertThat(usages.get("usages")).extracting(u -> u.get("customer_id").asLong()).containsExactly(1L, 3L);

      // the window: a code that starts later, and one whose end passes
      Http.Reply later = Http.post(url(test, ""), test.admin, Http.json(Map.of("code", "LATER", "segment_ids",
          List.of(vip), "value_type", "fixed_amount", "value", "12.50", "starts_at", "2026-03-11T00:00:00Z",
          "ends_at", "2026-03-12T00:00:00Z")));
      assertThat(later.json().get("value").asText()).isEqualTo("12.5");
      assertThat(reasons(eligibility(test, "LATER", 4))).containsExactly("not-started");
      test.clock.advance(Duration.ofHours(10));
      assertThat(eligibility(test, "LATER", 4).get("eligible").asBoolean()).isTrue();
      test.clock.advance(Duration.ofDays(1));
      assertThat(reasons(eligibility(test, "LATER", 4))).containsExactly("ended");

      // changing terms: no limit any more, another segment too
      long everyone = segment(test, "Everyone", "customer_added_date <= today");
      Http.Reply edited = Http.send("PATCH", url(test, "/vip10"), test.admin, Http.json(Map.of("segment_ids",
          List.of(vip, everyone), "per_customer_limit", "none")), Map.of());
      assertThat(edited.status()).as("a limit is a number or null").isEqualTo(422);
      java.util.Map<String, Object> change = new java.util.HashMap<>();
      change.put("segment_ids", List.of(vip, everyone));
      change.put("usage_limit", null);
      edited = Http.send("PATCH", url(test, "/vip10"), test.admin, Http.json(change), Map.of());
      assertThat(edited.status()).as(edited.text()).isEqualTo(200);
      assertThat(edited.json().get("usage_limit").isNull()).isTrue();
      assertThat(eligibility(test, "VIP10", 2).get("eligible").asBoolean()).isTrue();

      // a deleted segment drops out of the codes bound to it
      Http.send("DELETE", test.url("/api/v1/shops/1/segments/" + everyone), test.writer, null, Map.of());
      assertThat(Http.get(url(test, "/VIP10"), test.reader).json().get("segment_ids")).extracting(JsonNode::asLong)
          .containsExactly(vip);
      assertThat(reasons(eligibility(test, "VIP10", 2))).containsExactly("not-in-segment");

      assertThat(Http.send("DELETE", url(test, "/LATER"), test.admin, null, Map.of()).status()).isEqualTo(204);
      assertThat(Http.get(url(test, "/LATER"), test.reader).status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aBatchMakesUniqueCodesWithSharedTerms(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      Http.Reply batch = Http.post(url(test, ""), test.admin, Http.json(Map.of("batch", Map.of("prefix", "SPRING-",
          "count", 25), "segment_ids", List.of(vip), "value_type", "percentage", "value", 15, "per_customer_limit", 1)));
      assertThat(batch.status()).as(batch.text()).isEqualTo(201);
      Set<String> codes = new HashSet<>();
      batch.json().get("codes").forEach(code -> codes.add(code.asText()));
      assertThat(codes).hasSize(25).allSatisfy(code -> assertThat(code).matches("SPRING-[A-Z2-9]{10}"));
      String name = batch.json().get("batch").asText();
      JsonNode listed = Http.get(url(test, "?batch=" + name + "&limit=10"), test.reader).json();
      assertThat(listed.get("total").asInt()).isEqualTo(25);
      assertThat(listed.get("discounts")).hasSize(10);
      assertThat(listed.get("next_cursor").asText()).isNotEmpty();
      String one = codes.iterator().next();
      assertThat(eligibility(test, one.toLowerCase(java.util.Locale.ROOT), 1).get("eligible").asBoolean()).isTrue();
      assertThat(use(test, one, 1, null).status()).isEqualTo(201);
      assertThat(eligibility(test, one, 1).get("eligible").asBoolean()).isFalse();
      String other = codes.stream().filter(code -> !code.equals(one)).findFirst().orElseThrow();
      assertThat(eligibility(test, other, 1).get("eligible").asBoolean()).as("each code has its own uses").isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void badInputsScopesAndOtherShopsAreRefused(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      ingest(test, "customers", CUSTOMERS);
      long vip = segment(test, "VIP", "customer_tags CONTAINS 'vip'");
      assertThat(Http.post(url(test, ""), test.admin, "{not json").status()).isEqualTo(400);
      Http.Reply invalid = Http.post(url(test, ""), test.admin, Http.json(Map.of("code", "x", "segment_ids",
          List.of(vip, 424242), "value_type", "percentage", "value", "150", "ends_at", "yesterday")));
      assertThat(invalid.status()).isEqualTo(422);
      assertThat(invalid.contentType()).startsWith("application/problem+json");
      assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
          .containsExactlyInAnyOrder("code", "value", "ends_at", "segment_ids");
      assertThat(Http.post(url(test, ""), test.admin, Http.json(Map.of("code", "BOTH", "batch", Map.of("count", 2),
          "segment_ids", List.of(vip), "value_type", "percentage", "value", "5"))).status()).isEqualTo(422);
      assertThat(Http.post(url(test, ""), test.admin, Http.json(Map.of("code", "NOSEG", "segment_ids", List.of(),
          "value_type", "percentage", "value", "5"))).status()).isEqualTo(422);

      String good = Http.json(Map.of("code", "GOOD", "segment_ids", List.of(vip), "value_type", "percentage",
          "value", "5"));
      assertThat(Http.post(url(test, ""), test.writer, good).status()).as("admin only").isEqualTo(403);
      assertThat(Http.post(url(test, ""), test.admin, good).status()).isEqualTo(201);
      assertThat(Http.get(url(test, "/NOPE"), test.reader).status()).isEqualTo(404);
      assertThat(Http.get(url(test, "/NOPE/eligibility?customer_id=1"), test.reader).status()).isEqualTo(404);
      assertThat(Http.get(url(test, "/GOOD/eligibility"), test.reader).status()).isEqualTo(400);
      assertThat(Http.get(url(test, "/GOOD/eligibility?customer_id=abc"), test.reader).status()).isEqualTo(400);
      assertThat(Http.post(url(test, "/GOOD/usages"), test.reader, Http.json(Map.of("customer_id", 1))).status())
          .isEqualTo(403);
      assertThat(Http.post(url(test, "/GOOD/usages"), test.writer, "{}").status()).isEqualTo(422);
      assertThat(Http.post(url(test, "/GOOD/usages"), test.writer, Http.json(Map.of("customer_id", 1))).status())
          .isEqualTo(201);

      // shop 2 cannot see or use shop 1's code, even through its own path
      assertThat(Http.get(url(test, "/GOOD"), test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/2/discounts/GOOD"), test.otherShopAdmin).status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/2/discounts/GOOD/eligibility?customer_id=1"), test.otherShopAdmin)
          .status()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/2/discounts"), test.otherShopAdmin).json().get("total").asInt())
          .isZero();
    }
  }

  private static String url(TestServer test, String rest) {
    return test.url("/api/v1/shops/1/discounts" + rest);
  }

  private static JsonNode eligibility(TestServer test, String code, long customer) {
    Http.Reply reply = Http.get(url(test, "/" + code + "/eligibility?customer_id=" + customer), test.reader);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> reasons(JsonNode answer) {
    return java.util.stream.StreamSupport.stream(answer.get("reasons").spliterator(), false)
        .map(reason -> reason.get("code").asText()).toList();
  }

  private static Http.Reply use(TestServer test, String code, long customer, String order) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("customer_id", customer);
    if (order != null) {
      body.put("order_id", order);
    }
    return Http.post(url(test, "/" + code + "/usages"), test.writer, Http.json(body));
  }
}
