package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

class ShopApiTest {
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","last_name":"Ivanova","email":"ana@shop.bg","created_at":"2026-03-09T10:00:00Z","tags":["vip","shoes"],"addresses":[{"country_code":"BG","city":"Sofia","default":true}]}
      {"id":2,"first_name":"Boris","email":"boris@example.org","created_at":"2026-01-01T10:00:00Z","tags":["newsletter"],"addresses":[{"country_code":"GB","province_code":"ENG","city":"London"}]}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void timePassingMakesMembersLeaveAtLocalMidnightAndCountsAreKept(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.post(test.url("/api/v1/shops/1/customers"), test.writer, CUSTOMERS);
      long id = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "New this week", "query", "customer_added_date >= -7d"))).json().get("id").asLong();
      assertThat(count(test, id)).isEqualTo(1);
      test.server.tick();
      // 2026-03-09 (New York) + 7 days: still in on 03-16, out from 03-17 00:00 local (04:00Z, EDT)
      test.clock.set(java.time.Instant.parse("2026-03-17T03:59:00Z"));
      test.server.tick();
      assertThat(count(test, id)).isEqualTo(1);
      test.clock.set(java.time.Instant.parse("2026-03-17T04:00:30Z"));
      test.server.tick();
      assertThat(count(test, id)).isZero();
      JsonNode events = Http.get(test.url("/api/v1/shops/1/segments/" + id + "/changes"), test.reader).json()
          .get("events");
      assertThat(events).extracting(e -> e.get("type").asText() + "@" + e.get("at").asText())
          .containsExactly("joined@2026-03-10T15:00:00Z", "left@2026-03-17T04:00:00Z");
      JsonNode history = Http.get(test.url("/api/v1/shops/1/segments/" + id + "/history"), test.reader).json();
      assertThat(history.get("days")).extracting(d -> d.get("day").asText() + "=" + d.get("members").asLong())
          .containsExactly("2026-03-10=1", "2026-03-16=1", "2026-03-17=0");
      test.clock.advance(Duration.ofDays(1));
      test.restart();
      assertThat(count(test, id)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void lookupsSuggestionsTemplatesAndTheCatalogServeEditorsAndCheckouts(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.post(test.url("/api/v1/shops/1/customers"), test.writer, CUSTOMERS);
      long vip = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "VIP", "query", "customer_tags CONTAINS 'vip'"))).json().get("id").asLong();
      long never = test.storage.read(tx -> tx.segments().list(1)).stream()
          .filter(s -> s.name().equals("Customers who haven't purchased")).findFirst().orElseThrow().id();

      JsonNode lookup = Http.get(test.url("/api/v1/shops/1/lookup?customer_id=1&segment_ids=" + vip + "," + never),
          test.reader).json();
      assertThat(lookup.get("member_of").get(Long.toString(vip)).asBoolean()).isTrue();
      assertThat(lookup.get("member_of").get(Long.toString(never)).asBoolean()).isTrue();
      assertThat(Http.get(test.url("/api/v1/shops/1/lookup?customer_id=2&segment_ids=" + vip), test.reader).json()
          .get("member_of").get(Long.toString(vip)).asBoolean()).isFalse();
      assertThat(Http.get(test.url("/api/v1/shops/1/lookup?customer_id=2&segment_ids=x"), test.reader).status())
          .isEqualTo(400);
      assertThat(Http.get(test.url("/api/v1/shops/1/lookup?customer_id=2&segment_ids=99999"), test.reader).status())
          .isEqualTo(404);
      assertThat(ids(Http.get(test.url("/api/v1/shops/1/customers/1/segments"), test.reader).json().get("segments")))
          .contains(vip, never);

      JsonNode found = Http.get(test.url("/api/v1/shops/1/customers?search=IVANOVA"), test.reader).json();
      assertThat(found.get("customers")).extracting(c -> c.get("id").asLong()).containsExactly(1L);
      assertThat(Http.get(test.url("/api/v1/shops/1/customers"), test.reader).status()).isEqualTo(400);

      assertThat(values(test, "tags", "")).containsExactly("newsletter", "shoes", "vip");
      assertThat(values(test, "tags", "s")).containsExactly("shoes");
      assertThat(values(test, "countries", "")).containsExactly("BG", "GB");
      assertThat(values(test, "cities", "gb")).containsExactly("GB-ENG-London");
      assertThat(Http.get(test.url("/api/v1/shops/1/suggestions?kind=planets"), test.reader).status()).isEqualTo(400);

      JsonNode templates = Http.get(test.url("/api/v1/shops/1/templates"), test.reader).json().get("templates");
      assertThat(templates.size()).isGreaterThanOrEqualTo(10);
      for (JsonNode template : templates) {
        JsonNode preview = Http.post(test.url("/api/v1/shops/1/preview"), test.reader,
            Http.json(Map.of("query", template.get("query").asText()))).json();
        assertThat(preview.get("valid").asBoolean()).as(template.get("query").asText()).isTrue();
      }
      JsonNode catalog = Http.get(test.url("/api/v1/shops/1/catalog"), test.reader).json();
      assertThat(catalog.get("filters")).extracting(f -> f.get("name").asText()).contains("amount_spent",
          "customer_tags", "products_purchased", "rfm_group");
      JsonNode shop = Http.get(test.url("/api/v1/shops/1"), test.reader).json();
      assertThat(shop.get("customers").asInt()).isEqualTo(2);
      assertThat(shop.get("timezone").asText()).isEqualTo("America/New_York");
    }
  }

  private static long count(TestServer test, long id) {
    return Http.get(test.url("/api/v1/shops/1/segments/" + id), test.reader).json().get("members").asLong();
  }

  private static List<String> values(TestServer test, String kind, String prefix) {
    List<String> values = new ArrayList<>();
    Http.get(test.url("/api/v1/shops/1/suggestions?kind=" + kind + "&prefix=" + prefix), test.reader).json()
        .get("values").forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<Long> ids(JsonNode array) {
    return SegmentApiTest.ids(array);
  }
}
