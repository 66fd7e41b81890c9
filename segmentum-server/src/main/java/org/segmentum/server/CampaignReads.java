package org.segmentum.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentum.storage.CampaignRow;
import org.segmentum.storage.CampaignStatus;
import org.segmentum.storage.RecipientRow;
import org.segmentum.storage.RecipientStatus;

/** Answers about campaigns: one, the list, the recipients page by page and as a CSV export. */
final class CampaignReads {
  static final int MAX_CAMPAIGNS_PAGE = 250;
  static final int MAX_RECIPIENTS_PAGE = 1_000;
  static final List<String> EXPORT_COLUMNS = List.of("campaign_id", "campaign_name", "channel", "customer_id",
      "address", "status", "attempts", "recorded_at", "attempted_at", "finished_at", "error");
  private final ShopRuntime shop;

  CampaignReads(ShopRuntime shop) {
    this.shop = shop;
  }

  Map<String, Object> view(CampaignRow row) {
    Map<RecipientStatus, Long> counts = shop.storage().read(tx -> tx.recipients().counts(row.id()));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("name", row.content().name());
    view.put("channel", row.content().channel().toLowerCase(Locale.ROOT));
    view.put("segment_id", row.content().segmentId());
    view.put("segment_name", shop.segment(row.content().segmentId()).map(segment -> segment.name()).orElse(null));
    view.put("sender", row.content().sender());
    view.put("subject", row.content().subject());
    view.put("body", row.content().body());
    view.put("status", row.status().name().toLowerCase(Locale.ROOT));
    view.put("author", row.author());
    view.put("last_error", row.lastError().orElse(null));
    view.put("created_at", row.createdAt().toString());
    view.put("updated_at", row.updatedAt().toString());
    view.put("started_at", row.startedAt().map(Instant::toString).orElse(null));
    view.put("finished_at", row.finishedAt().map(Instant::toString).orElse(null));
    Map<String, Object> recipients = new LinkedHashMap<>();
    recipients.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
    counts.forEach((status, count) -> recipients.put(status.name().toLowerCase(Locale.ROOT), count));
    view.put("recipients", recipients);
    return view;
  }

  Map<String, Object> list(Optional<CampaignStatus> status, long offset, int limit) {
    long shopId = shop.shop().id();
    List<CampaignRow> rows = shop.storage().read(tx -> tx.campaigns().list(shopId, status, offset, limit));
    long total = shop.storage().read(tx -> tx.campaigns().count(shopId, status));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", total);
    body.put("campaigns", rows.stream().map(this::view).toList());
    body.put("next_cursor", offset + limit < total ? Params.cursor(offset + limit) : null);
    return body;
  }

  Map<String, Object> recipients(CampaignRow campaign, Optional<RecipientStatus> status, long offset, int limit) {
    List<RecipientRow> rows = shop.storage().read(tx -> tx.recipients().page(campaign.id(), status, offset, limit));
    Map<RecipientStatus, Long> counts = shop.storage().read(tx -> tx.recipients().counts(campaign.id()));
    long total = status.map(counts::get).orElse(counts.values().stream().mapToLong(Long::longValue).sum());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("campaign_id", campaign.id());
    body.put("total", total);
    body.put("recipients", rows.stream().map(CampaignReads::recipient).toList());
    body.put("next_cursor", offset + limit < total ? Params.cursor(offset + limit) : null);
    return body;
  }

  /** Every recipient as CSV (a header, then one row each by customer id), streamed. */
  void export(CampaignRow campaign, OutputStream out) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      writeRow(writer, EXPORT_COLUMNS);
      shop.storage().read(tx -> {
        tx.recipients().forEach(campaign.id(), row -> writeRow(writer, List.of(Long.toString(campaign.id()),
            campaign.content().name(), campaign.content().channel().toLowerCase(Locale.ROOT),
            Long.toString(row.customerId()), row.address(), row.status().name().toLowerCase(Locale.ROOT),
            Integer.toString(row.attempts()), row.recordedAt().toString(), text(row.attemptedAt()),
            text(row.finishedAt()), row.error().orElse(""))));
        return null;
      });
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> recipient(RecipientRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("customer_id", row.customerId());
    view.put("address", row.address());
    view.put("status", row.status().name().toLowerCase(Locale.ROOT));
    view.put("attempts", row.attempts());
    view.put("recorded_at", row.recordedAt().toString());
    view.put("attempted_at", row.attemptedAt().map(Instant::toString).orElse(null));
    view.put("finished_at", row.finishedAt().map(Instant::toString).orElse(null));
    view.put("error", row.error().orElse(null));
    return view;
  }

  private static String text(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse("");
  }

  private static void writeRow(Writer writer, List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(cell(cells.get(i)));
      }
      writer.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One CSV cell (RFC 4180 quoting), neutralised as the member export is: a cell a spreadsheet would run
   * as a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe.
   */
  static String cell(String value) {
    String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
