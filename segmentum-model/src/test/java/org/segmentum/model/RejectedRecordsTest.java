package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.segmentum.model.TestStores.customer;
import static org.segmentum.model.TestStores.withShop;
import static org.segmentum.model.TestStores.write;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case puts one good record on line 1 of a file and one bad record on line 2: the bad one is
 * rejected with its file, line, field and reason, and the good one still loads.
 */
class RejectedRecordsTest {
  private static final String AT = "\"2025-01-01T00:00:00Z\"";
  private static final String C = "{\"id\": 2, \"created_at\": " + AT;
  private static final String O = "{\"id\": 2, \"customer_id\": 1, \"created_at\": " + AT;
  private static final Map<String, String> GOOD = Map.of(
      "metafield_definitions.ndjson", "{\"namespace\": \"a\", \"key\": \"b\", \"type\": \"string\"}",
      "categories.ndjson", "{\"id\": 1}",
      "products.ndjson", "{\"id\": 1}",
      "customers.ndjson", customer(1),
      "orders.ndjson", "{\"id\": 1, \"customer_id\": 1, \"created_at\": " + AT + ", \"total_price\": \"1\"}",
      "checkouts.ndjson", "{\"id\": 1, \"customer_id\": 1, \"created_at\": " + AT + "}",
      "events.ndjson", "{\"type\": \"email.opened\", \"customer_id\": 1, \"occurred_at\": " + AT + "}");

  @TempDir Path dir;

  static Stream<Arguments> badRecords() {
    return Stream.of(
        bad("customers.ndjson", "{\"created_at\": " + AT + "}", "id", "is required"),
        bad("customers.ndjson", "{\"id\": 2}", "created_at", "is required"),
        bad("customers.ndjson", "{\"id\": \"2\", \"created_at\": " + AT + "}", "id",
            "expected an integer id, found the string \"2\""),
        bad("customers.ndjson", "{\"id\": 18446744073709551615, \"created_at\": " + AT + "}", "id",
            "id 18446744073709551615 is larger than the supported maximum 9223372036854775807"),
        bad("customers.ndjson", "{\"id\": -3, \"created_at\": " + AT + "}", "id", "id must not be negative, found -3"),
        bad("customers.ndjson", "{\"id\": 2.5, \"created_at\": " + AT + "}", "id",
            "expected an integer id, found the number 2.5"),
        bad("customers.ndjson", "{\"id\": 2, \"created_at\": \"2025-01-01\"}", "created_at",
            "expected an ISO-8601 instant with offset such as \"2026-03-01T14:05:00Z\", found \"2025-01-01\""),
        bad("customers.ndjson", "{\"id\": 2, \"created_at\": \"2025-01-01T10:00:00\"}", "created_at",
            "expected an ISO-8601 instant with offset"),
        bad("customers.ndjson", C + ", \"updated_at\": 5}", "updated_at", "expected a string, found the number 5"),
        bad("customers.ndjson", C + ", \"birth_date\": \"1990-02-30\"}", "birth_date",
            "expected a date yyyy-mm-dd, found \"1990-02-30\""),
        bad("customers.ndjson", C + ", \"state\": \"ACTIVE\"}", "state",
            "unknown value \"ACTIVE\", expected one of ENABLED DISABLED INVITED DECLINED"),
        bad("customers.ndjson", C + ", \"email_marketing\": \"subscribed\"}", "email_marketing", "unknown value"),
        bad("customers.ndjson", C + ", \"channels\": [\"EMAIL\", \"FAX\"]}", "channels[1]", "unknown value \"FAX\""),
        bad("customers.ndjson", C + ", \"tags\": \"vip\"}", "tags", "expected an array, found the string \"vip\""),
        bad("customers.ndjson", C + ", \"tags\": [null]}", "tags[0]", "must not be null"),
        bad("customers.ndjson", C + ", \"tax_exempt\": \"yes\"}", "tax_exempt", "expected true or false"),
        bad("customers.ndjson", C + ", \"company_ids\": [1, -1]}", "company_ids[1]", "must not be negative"),
        bad("customers.ndjson", C + ", \"addresses\": [{}, {\"latitude\": \"north\"}]}", "addresses[1].latitude",
            "expected a number, found the string \"north\""),
        bad("customers.ndjson", C + ", \"addresses\": {\"city\": \"x\"}}", "addresses",
            "expected an array, found an object"),
        bad("customers.ndjson", C + ", \"metafields\": {\"l.int\": \"5\"}}", "metafields.l.int",
            "expected an integer, found the string \"5\""),
        bad("customers.ndjson", C + ", \"metafields\": {\"l.int\": 1.5}}", "metafields.l.int", "expected an integer"),
        bad("customers.ndjson", C + ", \"metafields\": {\"l.date\": \"31.01.2020\"}}", "metafields.l.date",
            "expected a date yyyy-mm-dd"),
        bad("customers.ndjson", C + ", \"metafields\": {\"l.decs\": [\"1,5\"]}}", "metafields.l.decs[0]",
            "expected a decimal such as \"129.90\", found \"1,5\""),
        bad("customers.ndjson", C + ", \"metafields\": {\"x.y\": {\"a\": 1}}}", "metafields.x.y",
            "expected a value or a list of values, found an object"),
        bad("customers.ndjson", C + ", \"metafields\": {\"nodot\": 1}}", "metafields.nodot",
            "a metafield key must be \"namespace.key\""),
        bad("customers.ndjson", C + ", \"metafields\": {\"x.y\": [1, \"a\"]}}", "metafields.x.y",
            "a list must hold only strings or only numbers"),
        bad("customers.ndjson", C + ", \"metafields\": {\"x.y\": [true]}}", "metafields.x.y[0]",
            "expected a string or a number, found true"),
        bad("customers.ndjson", C + ", \"metafields\": [1]}", "metafields", "expected an object, found an array"),
        bad("customers.ndjson", "{\"id\": 2, \"deleted\": \"yes\"}", "deleted", "expected true or false"),
        bad("customers.ndjson", "{\"id\": 2, \"created_at\": ", null, "malformed JSON"),
        bad("customers.ndjson", "[1, 2]", null, "expected a JSON object on the line"),
        bad("customers.ndjson", C + "} {\"id\": 3}", null, "unexpected content after the JSON object"),
        bad("orders.ndjson", O + ", \"total_price\": \"12,50\"}", "total_price",
            "expected a decimal such as \"129.90\", found \"12,50\""),
        bad("orders.ndjson", O + ", \"total_price\": \"1e5\"}", "total_price", "expected a decimal such as"),
        bad("orders.ndjson", O + "}", "total_price", "is required"),
        bad("orders.ndjson", "{\"id\": 2, \"customer_id\": 99, \"created_at\": " + AT + ", \"total_price\": 1}",
            "customer_id", "unknown customer 99"),
        bad("orders.ndjson", "{\"id\": 2, \"created_at\": " + AT + ", \"total_price\": 1}", "customer_id", "is required"),
        bad("orders.ndjson", O + ", \"total_price\": 1, \"status\": \"SHIPPED\"}", "status",
            "unknown value \"SHIPPED\", expected one of OPEN PAID FULFILLED CANCELLED REFUNDED"),
        bad("orders.ndjson", O + ", \"total_price\": 1, \"line_items\": [{\"quantity\": 2}]}", "line_items[0].product_id",
            "is required"),
        bad("orders.ndjson", O + ", \"total_price\": 1, \"line_items\": [{\"product_id\": 1, \"price\": \"x\"}]}",
            "line_items[0].price", "expected a decimal such as"),
        bad("orders.ndjson", O + ", \"total_price\": 1, \"refunded_amount\": true}", "refunded_amount",
            "expected a decimal number or string, found true"),
        bad("orders.ndjson", O + ", \"total_price\": 1, \"cancelled_at\": \"yesterday\"}", "cancelled_at",
            "expected an ISO-8601 instant"),
        bad("orders.ndjson", O + ", \"total_price\": 1, \"test\": 0}", "test", "expected true or false, found the number 0"),
        bad("checkouts.ndjson", "{\"id\": 2, \"customer_id\": 1}", "created_at", "is required"),
        bad("checkouts.ndjson", "{\"id\": 2, \"customer_id\": 5, \"created_at\": " + AT + "}", "customer_id",
            "unknown customer 5"),
        bad("events.ndjson", "{\"type\": \"email.forwarded\", \"customer_id\": 1, \"occurred_at\": " + AT + "}", "type",
            "unknown event type \"email.forwarded\", expected one of email.delivered"),
        bad("events.ndjson", "{\"type\": \"email.opened\", \"customer_id\": 1}", "occurred_at", "is required"),
        bad("events.ndjson", "{\"customer_id\": 1, \"occurred_at\": " + AT + "}", "type", "is required"),
        bad("events.ndjson", "{\"type\": \"email.opened\", \"customer_id\": 1, \"occurred_at\": " + AT
            + ", \"activity_id\": \"a\"}", "activity_id", "expected an integer id"),
        bad("products.ndjson", "{\"title\": \"x\"}", "id", "is required"),
        bad("products.ndjson", "{\"id\": 2, \"tags\": [1]}", "tags[0]", "expected a string, found the number 1"),
        bad("categories.ndjson", "{\"id\": 2, \"parent_id\": \"root\"}", "parent_id", "expected an integer id"),
        bad("metafield_definitions.ndjson", "{\"namespace\": \"a\", \"key\": \"c\", \"type\": \"list.date\"}", "type",
            "unknown type \"list.date\""),
        bad("metafield_definitions.ndjson", "{\"namespace\": \"a\", \"type\": \"string\"}", "key", "is required"));
  }

  private static Arguments bad(String file, String line, String field, String reason) {
    return Arguments.of(file, line, field, reason);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badRecords")
  void rejectsOnlyTheBadRecord(String file, String badLine, String field, String reason) {
    withShop(dir);
    if (!file.equals("metafield_definitions.ndjson")) {
      write(dir, "metafield_definitions.ndjson",
          "{\"namespace\": \"l\", \"key\": \"int\", \"type\": \"integer\"}",
          "{\"namespace\": \"l\", \"key\": \"date\", \"type\": \"date\"}",
          "{\"namespace\": \"l\", \"key\": \"decs\", \"type\": \"list.decimal\"}");
    }
    if (!file.equals("customers.ndjson")) {
      write(dir, "customers.ndjson", customer(1));
    }
    write(dir, file, GOOD.get(file), badLine);

    LoadReport report = StoreDirectory.read(dir).report();

    assertThat(report.problems()).hasSize(1);
    LoadProblem problem = report.problems().get(0);
    assertThat(problem.file()).isEqualTo(file);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.field()).isEqualTo(field);
    assertThat(problem.reason()).contains(reason);
    assertThat(report.file(file)).contains(new LoadCounts(file, 1, 0, 0, 0, 1));
  }
}
