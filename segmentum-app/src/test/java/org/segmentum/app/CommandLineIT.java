package org.segmentum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.engine.ReferenceEvaluator;
import org.segmentum.model.LoadResult;
import org.segmentum.model.StoreDirectory;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/** The real command line: the packaged jar run as a process, checked on its output and exit codes. */
class CommandLineIT {

  @Test
  void checkPrintsTheCanonicalFormOfAValidQuery() throws Exception {
    var result = SegmentumProcess.run("check", "amount_spent >= 100 and products_purchased(id: (1, 2)) = false");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out().strip()).isEqualTo("amount_spent >= 100 AND products_purchased NOT MATCHES (id IN (1, 2))");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void checkPrintsEveryDiagnosticWithItsPositionAndExitsTwo() throws Exception {
    var result = SegmentumProcess.run("check", "not a valid segment query ???");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList()).containsExactly(
        "Line 1 Column 5: 'a' filter cannot be found.",
        "Line 1 Column 7: 'valid' is unexpected.");
    assertThat(SegmentumProcess.run("check", "last_order_date > 2020-02-30").err().strip())
        .isEqualTo("Line 1 Column 19: 2020-02-30 is not a valid date.");
  }

  @Test
  void generateIsDeterministicToTheByte(@TempDir Path dir) throws Exception {
    assertThat(SegmentumProcess.run("generate", "--customers", "2000", "--seed", "9", "--out", dir.resolve("a")
        .toString()).exitCode()).isZero();
    assertThat(SegmentumProcess.run("generate", "--customers", "2000", "--seed", "9", "--out", dir.resolve("b")
        .toString()).exitCode()).isZero();
    for (String file : List.of("shop.json", "customers.ndjson", "orders.ndjson", "products.ndjson",
        "categories.ndjson", "checkouts.ndjson", "events.ndjson", "metafield_definitions.ndjson")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    assertThat(Files.readAllBytes(dir.resolve("a").resolve("orders.ndjson"))).isNotEmpty();
  }

  @Test
  void queryPrintsTheMatchingIdsAscendingAsTheReferenceEvaluatorFinds() throws Exception {
    Path store = SegmentumProcess.onlineRetailStore();
    String now = "2011-12-10T00:00:00Z";
    String text = "number_of_orders >= 5 AND customer_countries CONTAINS 'GB' AND last_order_date >= -30d";
    var result = SegmentumProcess.run("query", "--data", store.toString(), "--now", now, text);
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<Long> printed = result.outLines().stream().map(Long::parseLong).toList();
    LoadResult loaded = StoreDirectory.read(store);
    var query = ((Validation.Valid) Query.check(text)).query();
    Instant at = Instant.parse(now);
    List<Long> expected = List.copyOf(new ReferenceEvaluator(loaded.store(), at,
        LocalDate.ofInstant(at, ZoneId.of("Europe/London"))).members(query));
    assertThat(printed).isNotEmpty().isEqualTo(expected).isSorted();
    assertThat(result.err()).contains("customers.ndjson.gz: 4372 loaded");
  }

  @Test
  void queryReportsBadRecordsAndStillAnswersOnTheRest(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("shop.json"), "{\"id\": 1, \"timezone\": \"Europe/Sofia\"}\n");
    Files.writeString(dir.resolve("customers.ndjson"), String.join("\n",
        "{\"id\": 1, \"created_at\": \"2026-01-01T10:00:00Z\", \"tags\": [\"VIP\"]}",
        "{\"id\": 2, \"created_at\": \"not a time\"}",
        "{\"id\": 3, \"created_at\": \"2026-01-02T10:00:00Z\", \"tags\": [\"vip\"]}") + "\n");
    var result = SegmentumProcess.run("query", "--data", dir.toString(), "--now", "2026-02-01T00:00:00Z",
        "customer_tags CONTAINS 'vip'");
    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly("1", "3");
    assertThat(result.err()).contains("customers.ndjson:2: created_at")
        .contains("2 loaded").contains("1 rejected");
  }

  @Test
  void anInvalidQueryExitsTwoBeforeLoadingAnything(@TempDir Path dir) throws Exception {
    var result = SegmentumProcess.run("query", "--data", dir.resolve("missing").toString(), "amout_spent > 1");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("Line 1 Column 1: 'amout_spent' filter cannot be found. Did you mean 'amount_spent'?");
  }

  @Test
  void aMissingStoreIsAFailureWithAClearMessage(@TempDir Path dir) throws Exception {
    var result = SegmentumProcess.run("query", "--data", dir.resolve("missing").toString(), "amount_spent > 1");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("missing");
  }
}
