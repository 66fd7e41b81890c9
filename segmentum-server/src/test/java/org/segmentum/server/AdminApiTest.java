package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.storage.Flavor;

/**
 * The API routes the web admin relies on beyond segment management: RFM groups and spend tiers of
 * customers and the R×FM grid, the impact of an unsaved query, parameter details and product suggestions
 * for the editor, and the export and feed-link routes.
 */
class AdminApiTest {
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","last_name":"Ivanova","email":"ana@example.com","created_at":"2025-01-05T10:00:00Z","tags":["vip"]}
      {"id":2,"first_name":"Boris","email":"=cmd@example.org","created_at":"2025-02-01T10:00:00Z"}
      {"id":3,"first_name":"Cveta","email":"cveta@example.com","created_at":"2025-03-01T10:00:00Z"}
      {"id":4,"first_name":"Dimo","email":"dimo@example.com","created_at":"2025-03-01T10:00:00Z"}
      """;
  private static final String ORDERS = """
      {"id":10,"customer_id":1,"created_at":"2026-03-01T12:00:00Z","total_price":"500.00"}
      {"id":11,"customer_id":1,"created_at":"2026-03-02T12:00:00Z","total_price":"300.00"}
      {"id":12,"customer_id":2,"created_at":"2025-06-02T12:00:00Z","total_price":"45.50"}
      {"id":13,"customer_id":3,"created_at":"2026-01-02T12:00:00Z","total_price":"80.00"}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void customersHaveRfmGroupsAndTheGridCountsThem(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      load(test);
      // scores are recomputed at the next shop-local midnight
      test.clock.advance(Duration.ofDays(1));
      test.server.tick();
      JsonNode ana = Http.get(test.url("/api/v1/shops/1/customers/1"), test.reader).json();
      String group = ana.get("rfm_group").asText();
      String tier = ana.get("spend_tier").asText();
      assertThat(group).isNotEqualTo("PROSPECTS");
      assertThat(ids(test, "rfm_group = '" + group + "'")).contains(1L);
      assertThat(ids(test, "predicted_spend_tier = '" + tier + "'")).contains(1L);
      JsonNode dimo = Http.get(test.url("/api/v1/shops/1/customers/4"), test.reader).json();
      assertThat(dimo.get("rfm_group").asText()).isEqualTo("PROSPECTS");
      assertThat(dimo.get("spend_tier").asText()).isEqualTo("LOW");
      JsonNode found = Http.get(test.url("/api/v1/shops/1/customers?search=ana"), test.reader).json();
      assertThat(found.get("customers").get(0).get("rfm_group").asText()).isEqualTo(group);

      JsonNode grid = Http.get(test.url("/api/v1/shops/1/rfm"), test.reader).json();
      assertThat(grid.get("customers").asInt()).isEqualTo(4);
      assertThat(grid.get("prospects").asInt()).isEqualTo(1);
      assertThat(grid.get("cells")).hasSize(25);
      long scored = 0;
      for (JsonNode cell : grid.get("cells")) {
        scored += cell.get("customers").asLong();
      }
      assertThat(scored).isEqualTo(3);
      assertThat(grid.get("groups").get(group).asInt()).isEqualTo(ids(test, "rfm_group = '" + group + "'").size());
      assertThat(Http.get(test.url("/api/v1/shops/1/rfm"), test.otherShopAdmin).status()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void theImpactOfAnUnsavedQueryNamesWhoJoinsAndLeaves(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      load(test);
      long id = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "Spent", "query", "amount_spent > 50"))).json().get("id").asLong();
      JsonNode impact = Http.post(test.url("/api/v1/shops/1/segments/" + id + "/impact"), test.reader,
          Http.json(Map.of("query", "amount_spent > 40 AND amount_spent < 100"))).json();
      assertThat(impact.get("members_now").asInt()).isEqualTo(2);
      assertThat(impact.get("members_after").asInt()).isEqualTo(2);
      assertThat(impact.get("joining_sample")).extracting(JsonNode::asLong).containsExactly(2L);
      assertThat(impact.get("leaving_customers").get(0).get("first_name").asText()).isEqualTo("Ana");
      assertThat(Http.post(test.url("/api/v1/shops/1/segments/" + id + "/impact"), test.reader,
          Http.json(Map.of("query", "amount_spent >"))).status()).isEqualTo(422);
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + id), test.reader).json().get("query").asText())
          .isEqualTo("amount_spent > 50");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void theEditorGetsParameterDetailsAndProductSuggestions(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      Http.post(test.url("/api/v1/shops/1/products"), test.writer, """
          {"id":501,"title":"Red running shoes","tags":["shoes","sale"]}
          {"id":502,"title":"Blue hat","tags":["hats"]}
          """);
      JsonNode catalog = Http.get(test.url("/api/v1/shops/1/catalog"), test.reader).json();
      JsonNode purchased = null;
      for (JsonNode filter : catalog.get("filters")) {
        if (filter.get("name").asText().equals("products_purchased")) {
          purchased = filter;
        }
      }
      assertThat(purchased).isNotNull();
      JsonNode id = purchased.get("parameter_details").get(0);
      assertThat(id.get("name").asText()).isEqualTo("id");
      assertThat(id.get("operators")).extracting(JsonNode::asText).contains("IN");
      JsonNode products = Http.get(test.url("/api/v1/shops/1/suggestions?kind=products&prefix=run"), test.reader).json();
      assertThat(products.get("values")).extracting(JsonNode::asText).containsExactly("501");
      assertThat(products.get("labels").get("501").asText()).isEqualTo("Red running shoes");
      JsonNode tags = Http.get(test.url("/api/v1/shops/1/suggestions?kind=product_tags&prefix=s"), test.reader).json();
      assertThat(tags.get("values")).extracting(JsonNode::asText).containsExactly("sale", "shoes");
      assertThat(Http.get(test.url("/api/v1/shops/1/suggestions?kind=planets"), test.reader).status()).isEqualTo(400);
    }
  }

  private static java.util.List<Long> ids(TestServer test, String query) {
    JsonNode preview = Http.post(test.url("/api/v1/shops/1/preview"), test.reader, Http.json(Map.of("query", query))).json();
    return SegmentApiTest.ids(preview.get("first_members"));
  }

  private static void load(TestServer test) {
    assertThat(Http.post(test.url("/api/v1/shops/1/customers"), test.writer, CUSTOMERS).json().get("loaded").asInt())
        .isEqualTo(4);
    assertThat(Http.post(test.url("/api/v1/shops/1/orders"), test.writer, ORDERS).json().get("loaded").asInt())
        .isEqualTo(4);
  }
}
