package org.segmentum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segmentum simulate} through the packaged jar: changes and the passing of time, as NDJSON events. */
class SimulateIT {

  @Test
  void replaysChangesAndTimeAndPrintsEveryEventInOrder(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Files.writeString(store.resolve("shop.json"), "{\"id\": 1, \"timezone\": \"America/New_York\"}\n");
    Files.writeString(store.resolve("customers.ndjson"),
        "{\"id\": 1, \"created_at\": \"2026-01-01T12:00:00Z\", \"tags\": []}\n");
    Path segments = dir.resolve("segments.tsv");
    Files.writeString(segments, "# id, tab, query\nlapsed\tlast_order_date < -60d\nvip\tcustomer_tags CONTAINS 'vip'\n");
    Path changes = dir.resolve("changes.ndjson");
    Files.writeString(changes, String.join("\n",
        "{\"at\": \"2026-05-01T00:00:00Z\", \"kind\": \"delete_customer\", \"record\": {\"id\": 1}}",
        "{\"at\": \"2026-01-10T15:00:00Z\", \"kind\": \"order\", \"record\": {\"id\": 10, \"customer_id\": 1, "
            + "\"created_at\": \"2026-01-10T15:00:00Z\", \"total_price\": \"25.00\"}}",
        "{\"at\": \"2026-02-01T00:00:00Z\", \"kind\": \"customer\", \"record\": {\"id\": 1, "
            + "\"created_at\": \"2026-01-01T12:00:00Z\", \"tags\": [\"VIP\"]}}") + "\n");
    var result = SegmentumProcess.run("simulate", "--data", store.toString(), "--segments", segments.toString(),
        "--changes", changes.toString(), "--from", "2026-01-05T00:00:00Z", "--to", "2026-06-01T00:00:00Z");
    assertThat(result.exitCode()).as(result.err()).isZero();
    // 2026-01-10 + 61 days is 2026-03-12, after the DST change: local midnight is 04:00 UTC.
    assertThat(result.outLines()).containsExactly(
        "{\"at\":\"2026-02-01T00:00:00Z\",\"segment\":\"vip\",\"customer\":1,\"type\":\"joined\"}",
        "{\"at\":\"2026-03-12T04:00:00Z\",\"segment\":\"lapsed\",\"customer\":1,\"type\":\"joined\"}",
        "{\"at\":\"2026-05-01T00:00:00Z\",\"segment\":\"lapsed\",\"customer\":1,\"type\":\"left\"}",
        "{\"at\":\"2026-05-01T00:00:00Z\",\"segment\":\"vip\",\"customer\":1,\"type\":\"left\"}");
  }

  @Test
  void anInvalidSegmentOrChangeIsReportedWithItsLine(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Files.writeString(store.resolve("shop.json"), "{\"id\": 1, \"timezone\": \"UTC\"}\n");
    Path segments = dir.resolve("segments.tsv");
    Files.writeString(segments, "ok\tamount_spent > 1\nbad\tamout_spent > 1\n");
    var result = SegmentumProcess.run("simulate", "--data", store.toString(), "--segments", segments.toString(),
        "--from", "2026-01-05T00:00:00Z", "--to", "2026-01-06T00:00:00Z");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("line 2 (segment bad): Line 1 Column 1: 'amout_spent' filter cannot be found.");
    Path changes = dir.resolve("changes.ndjson");
    Files.writeString(segments, "ok\tamount_spent > 1\n");
    Files.writeString(changes, "{\"at\": \"2026-01-05T10:00:00Z\", \"kind\": \"order\", \"record\": {\"id\": \"x\"}}\n");
    result = SegmentumProcess.run("simulate", "--data", store.toString(), "--segments", segments.toString(),
        "--changes", changes.toString(), "--from", "2026-01-05T00:00:00Z", "--to", "2026-01-06T00:00:00Z");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("changes.ndjson line 1: record field id");
  }
}
