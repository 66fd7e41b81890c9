package org.segmentum.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.segmentum.storage.DeliveryRow;
import org.segmentum.storage.WebhookRow;

/** Webhook subscriptions and delivery attempts on the wire; the secret appears only in {@link #created}. */
final class WebhookViews {
  private WebhookViews() {
  }

  static Map<String, Object> webhook(WebhookRow row, long pending) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("topic", row.topic().wireName());
    view.put("url", row.url());
    view.put("created_at", row.createdAt().toString());
    view.put("pending", pending);
    view.put("failed_attempts", row.failedAttempts());
    view.put("failing_since", row.failingSince().map(Object::toString).orElse(null));
    view.put("next_attempt_at", row.nextAttemptAt().map(Object::toString).orElse(null));
    return view;
  }

  /** The answer to a new subscription: its view and, this once, its signing secret. */
  static Map<String, Object> created(WebhookRow row) {
    Map<String, Object> view = webhook(row, 0);
    view.put("secret", row.secret());
    return view;
  }

  static Map<String, Object> delivery(DeliveryRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("event_id", row.eventId());
    view.put("attempt", row.attempt());
    view.put("attempted_at", row.attemptedAt().toString());
    view.put("outcome", row.outcome().wireName());
    view.put("status", row.status().isPresent() ? row.status().getAsInt() : null);
    view.put("error", row.error().orElse(null));
    view.put("duration_ms", row.durationMillis());
    return view;
  }
}
