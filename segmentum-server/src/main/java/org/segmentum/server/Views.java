package org.segmentum.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.engine.Explanation;
import org.segmentum.engine.Statistics;
import org.segmentum.model.Customer;
import org.segmentum.query.Diagnostic;
import org.segmentum.storage.DailyCount;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.StoredEvent;

/** How values look on the wire: snake_case members, instants as ISO-8601 text, money as decimal text. */
final class Views {
  private Views() {
  }

  static Map<String, Object> segment(SegmentRow row, long members, int customers, java.time.Instant countedAt) {
    Map<String, Object> view = segmentDefinition(row);
    view.put("members", members);
    view.put("share", share(members, customers));
    view.put("counted_at", countedAt.toString());
    return view;
  }

  /** A segment's stored definition without counts: what segment lifecycle webhooks carry. */
  static Map<String, Object> segmentDefinition(SegmentRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("name", row.name());
    view.put("query", row.query());
    view.put("draft_query", row.draftQuery().orElse(null));
    view.put("draft", row.draftQuery().isPresent());
    view.put("author", row.author());
    view.put("version", row.version());
    view.put("created_at", row.createdAt().toString());
    view.put("last_activity_at", row.updatedAt().toString());
    return view;
  }

  /** Members as a percentage of all customers, two decimals. */
  static double share(long members, int customers) {
    return customers == 0 ? 0.0 : Math.round(members * 10_000.0 / customers) / 100.0;
  }

  static Map<String, Object> diagnostic(Diagnostic diagnostic) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", diagnostic.code().name());
    view.put("message", diagnostic.message());
    view.put("line", diagnostic.line());
    view.put("column", diagnostic.column());
    view.put("start", diagnostic.start());
    view.put("end", diagnostic.end());
    view.put("hint", diagnostic.hint());
    return view;
  }

  static List<Map<String, Object>> diagnostics(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Views::diagnostic).toList();
  }

  static Map<String, Object> statistics(Statistics statistics) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("members", statistics.members());
    view.put("amount_spent_sum", statistics.amountSpentSum().toPlainString());
    view.put("amount_spent_average", statistics.amountSpentAverage().toPlainString());
    view.put("number_of_orders_sum", statistics.numberOfOrdersSum());
    view.put("number_of_orders_average", statistics.numberOfOrdersAverage().toPlainString());
    return view;
  }

  static Map<String, Object> customer(Customer customer) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", customer.id());
    view.put("first_name", customer.firstName());
    view.put("last_name", customer.lastName());
    view.put("email", customer.email());
    view.put("phone", customer.phone());
    view.put("email_marketing", customer.emailMarketing().name());
    view.put("created_at", customer.createdAt().toString());
    view.put("tags", customer.tags());
    return view;
  }

  static Map<String, Object> explanation(Explanation explanation) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("clause", explanation.text());
    view.put("holds", explanation.holds());
    view.put("customer_values", explanation.customerValues());
    List<Map<String, Object>> children = new ArrayList<>();
    explanation.children().forEach(child -> children.add(explanation(child)));
    view.put("children", children);
    return view;
  }

  static Map<String, Object> event(StoredEvent event) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("cursor", Long.toString(event.seq()));
    view.put("event_id", event.eventId());
    view.put("segment_id", event.segmentId());
    view.put("customer_id", event.customerId());
    view.put("type", event.type());
    view.put("at", event.at().toString());
    view.put("cause", event.cause());
    return view;
  }

  static Map<String, Object> dailyCount(DailyCount count) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("day", count.day().toString());
    view.put("members", count.members());
    view.put("counted_at", count.countedAt().toString());
    return view;
  }
}
