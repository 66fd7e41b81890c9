package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.model.Customer;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.storage.Flavor;

class TransferApiTest {
  private static final String HEADER = String.join(",", ShopifyCustomerCsv.COLUMNS);
  private static final String CUSTOMERS = """
      {"id":1,"first_name":"Ana","last_name":"Ivanova","email":"ana@example.com","email_marketing":"SUBSCRIBED","created_at":"2026-01-05T10:00:00Z","birth_date":"1990-04-01","note":"@home","tags":["vip","b2b"],"addresses":[{"country_code":"BG","city":"Sofia","zip":"1000","latitude":42.7,"longitude":23.3,"default":true}]}
      {"id":2,"first_name":"=1+2","email":"boris@example.org","phone":"+359888","created_at":"2026-02-01T10:00:00Z"}
      {"id":3,"first_name":"Cveta","created_at":"2026-03-01T10:00:00Z","email_marketing":"UNSUBSCRIBED"}
      {"id":5,"first_name":"Future","created_at":"2026-03-01T10:00:00Z","updated_at":"2030-01-01T00:00:00Z"}
      """;
  private static final String ORDERS = """
      {"id":10,"customer_id":1,"created_at":"2026-02-01T12:00:00Z","total_price":"150.00"}
      {"id":11,"customer_id":1,"created_at":"2026-03-01T12:00:00Z","total_price":"20.00"}
      {"id":12,"customer_id":2,"created_at":"2026-03-02T12:00:00Z","total_price":"45.50"}
      """;

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void membersAreExportedAsShopifyCustomerCsvWithFormulasNeutralised(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      long segment = seed(test, "number_of_orders >= 1");
      HttpResponse<String> export = RawHttp.get(test.url(exportPath(segment)), test.reader);
      assertThat(export.statusCode()).isEqualTo(200);
      assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(export.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=\"segment-" + segment + "-members.csv\"");
      assertThat(export.body().lines().toList()).containsExactly(HEADER,
          "1,Ana,Ivanova,ana@example.com,yes,,,,Sofia,,BG,1000,,,no,170.00,2,'@home,no,\"vip, b2b\"",
          "2,'=1+2,,boris@example.org,no,,,,,,,,,'+359888,no,45.50,1,,no,");

      long empty = Http.post(test.url("/api/v1/shops/1/segments"), test.writer,
          Http.json(Map.of("name", "Nobody", "query", "amount_spent > 1000000"))).json().get("id").asLong();
      assertThat(RawHttp.get(test.url(exportPath(empty)), test.reader).body().lines().toList()).containsExactly(HEADER);

      assertThat(RawHttp.get(test.url(exportPath(segment)), null).statusCode()).isEqualTo(401);
      assertThat(RawHttp.get(test.url(exportPath(segment)), test.otherShopAdmin).statusCode()).isEqualTo(404);
      assertThat(RawHttp.get(test.url(exportPath(99_999)), test.reader).statusCode()).isEqualTo(404);
      assertThat(RawHttp.get(test.url("/api/v1/shops/1/segments/x/export"), test.reader).statusCode()).isEqualTo(404);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aCustomerCsvIsImportedWithCountsAndPerRowErrors(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      long segment = seed(test, "customer_tags CONTAINS 'imported'");
      test.clock.advance(Duration.ofHours(1));
      String csv = HEADER + "\n"
          + "10,Dora,New,dora@example.com,yes,,,,Plovdiv,,BG,'4000,,,no,0,0,,no,imported\n"
          + "1,Ana,Petrova,ana@example.com,no,,,,Sofia,,BG,1000,,,no,999,9,,no,\"vip, imported\"\n"
          + "11,Bad,Consent,x@example.com,maybe,,,,,,,,,,no,0,0,,no,\n"
          + "abc,Bad,Id,,no,,,,,,,,,,no,0,0,,no,\n"
          + "3,Cveta,,,no,,,,,,,,,,no,0,0,,no,imported\n"
          + "5,Future,,,no,,,,,,,,,,no,0,0,,no,imported\n";
      HttpResponse<String> reply = RawHttp.post(test.url("/api/v1/shops/1/import/customers.csv"), test.writer,
          "text/csv", csv);
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
      JsonNode outcome = json(reply.body());
      assertThat(outcome.get("loaded").asInt()).isEqualTo(1);
      assertThat(outcome.get("replaced").asInt()).isEqualTo(2);
      assertThat(outcome.get("stale").asInt()).isEqualTo(1);
      assertThat(outcome.get("rejected").asInt()).isEqualTo(2);
      assertThat(outcome.get("errors")).extracting(e -> e.get("line").asInt() + ":" + e.get("column").asText())
          .containsExactly("4:Accepts Email Marketing", "5:Customer ID");
      assertThat(outcome.get("errors").get(0).get("reason").asText()).contains("maybe");

      // a known customer keeps what the CSV does not carry; a new one is created at the import
      JsonNode ana = Http.get(test.url("/api/v1/shops/1/customers/1"), test.reader).json();
      assertThat(ana.get("last_name").asText()).isEqualTo("Petrova");
      assertThat(ana.get("created_at").asText()).isEqualTo("2026-01-05T10:00:00Z");
      assertThat(ana.get("email_marketing").asText()).isEqualTo("NOT_SUBSCRIBED");
      assertThat(ana.get("tags")).extracting(JsonNode::asText).containsExactly("vip", "imported");
      JsonNode cveta = Http.get(test.url("/api/v1/shops/1/customers/3"), test.reader).json();
      assertThat(cveta.get("email_marketing").asText()).isEqualTo("UNSUBSCRIBED");
      JsonNode dora = Http.get(test.url("/api/v1/shops/1/customers/10"), test.reader).json();
      assertThat(dora.get("created_at").asText()).isEqualTo(TestServer.START.plus(Duration.ofHours(1)).toString());
      assertThat(dora.get("email_marketing").asText()).isEqualTo("SUBSCRIBED");
      // the order totals come from orders, not from the CSV
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + segment + "/members?sort=id"), test.reader).json()
          .get("members").get(0).get("amount_spent").asText()).isEqualTo("170.00");

      // membership followed, and the events were recorded
      JsonNode changes = Http.get(test.url("/api/v1/shops/1/segments/" + segment + "/changes"), test.reader).json();
      assertThat(changes.get("events")).extracting(e -> e.get("customer_id").asLong() + ":" + e.get("type").asText())
          .containsExactly("10:joined", "1:joined", "3:joined");

      // what was stored decodes again after a restart, birth date and coordinates included
      test.restart();
      assertThat(Http.get(test.url("/api/v1/shops/1/segments/" + segment), test.reader).json().get("members").asInt())
          .isEqualTo(3);
      Customer stored = test.storage.read(tx -> {
        StringBuilder body = new StringBuilder();
        tx.records().forEach(1, org.segmentum.storage.RecordKind.CUSTOMER, json -> {
          if (json.contains("\"id\":1,")) {
            body.append(json);
          }
        });
        return decoded(body.toString());
      });
      assertThat(stored.birthDate()).hasToString("1990-04-01");
      assertThat(stored.addresses().get(0).latitude()).isEqualTo(42.7);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void unusableCsvBodiesAreRefused(Flavor flavor) {
    try (TestServer test = new TestServer(flavor, directory)) {
      String url = test.url("/api/v1/shops/1/import/customers.csv");
      assertThat(RawHttp.post(url, test.writer, "text/csv", "").statusCode()).isEqualTo(400);
      HttpResponse<String> noIdColumn = RawHttp.post(url, test.writer, "text/csv", "Email,First Name\na@b.c,A\n");
      assertThat(noIdColumn.statusCode()).isEqualTo(422);
      assertThat(json(noIdColumn.body()).get("errors").get(0).get("column").asText()).isEqualTo("Customer ID");
      HttpResponse<String> allBad = RawHttp.post(url, test.writer, "text/csv", "Customer ID,Tax Exempt\n1,perhaps\n");
      assertThat(allBad.statusCode()).isEqualTo(422);
      assertThat(json(allBad.body()).get("rejected").asInt()).isEqualTo(1);
      assertThat(RawHttp.post(url, test.writer, "text/csv", "Customer ID\n\"unterminated\n").statusCode())
          .isEqualTo(422);
      assertThat(RawHttp.post(url, test.reader, "text/csv", "Customer ID\n1\n").statusCode()).isEqualTo(403);
      assertThat(RawHttp.post(url, test.otherShopAdmin, "text/csv", "Customer ID\n1\n").statusCode()).isEqualTo(404);
      assertThat(Http.get(test.url("/api/v1/shops/1/customers/1"), test.reader).status()).isEqualTo(404);
      assertThat(RawHttp.post(url, test.writer, "text/csv", "Customer ID\n1\n").statusCode()).isEqualTo(200);
      assertThat(Http.get(test.url("/api/v1/shops/1/customers/1"), test.reader).status()).isEqualTo(200);
    }
  }

  /** Customers and orders of shop 1 and a segment with the query; its id. */
  private static long seed(TestServer test, String query) {
    assertThat(SegmentApiTest.ingest(test, "customers", CUSTOMERS).json().get("loaded").asInt()).isEqualTo(4);
    assertThat(SegmentApiTest.ingest(test, "orders", ORDERS).json().get("loaded").asInt()).isEqualTo(3);
    return Http.post(test.url("/api/v1/shops/1/segments"), test.writer, Http.json(Map.of("name", "S", "query", query)))
        .json().get("id").asLong();
  }

  private static String exportPath(long segment) {
    return "/api/v1/shops/1/segments/" + segment + "/export";
  }

  private static JsonNode json(String text) {
    return new Http.Reply(200, "application/json", "", text).json();
  }

  private static Customer decoded(String json) {
    return switch (org.segmentum.model.RecordDecoding.customer(json, java.util.List.of())) {
      case org.segmentum.model.RecordDecoding.Result.Decoded<Customer> decoded -> decoded.value();
      case org.segmentum.model.RecordDecoding.Result.Rejected<Customer> rejected -> throw new AssertionError(
          rejected.field() + ": " + rejected.reason() + " in " + json);
    };
  }
}
