package org.segmentum.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.segmentum.storage.Storage;
import org.segmentum.storage.WebhookRow;

/**
 * Webhook meters: deliveries, failed attempts, events given up, and the outbox depth (events waiting for
 * their subscriptions, counted from the database when scraped).
 */
final class WebhookMetrics {
  private final Counter delivered;
  private final Counter failures;
  private final Counter givenUp;

  WebhookMetrics(MeterRegistry registry, Storage storage) {
    delivered = Counter.builder("segmentum_webhook_deliveries").description("webhook events delivered (2xx)")
        .register(registry);
    failures = Counter.builder("segmentum_webhook_failures")
        .description("webhook delivery attempts that failed (no answer or not 2xx)").register(registry);
    givenUp = Counter.builder("segmentum_webhook_given_up")
        .description("webhook events given up after failing for the whole retry window").register(registry);
    Gauge.builder("segmentum_webhook_outbox_depth", storage, WebhookMetrics::depth)
        .description("events waiting for delivery over all active webhook subscriptions").register(registry);
  }

  void delivered() {
    delivered.increment();
  }

  void failed(boolean gaveUp) {
    failures.increment();
    if (gaveUp) {
      givenUp.increment();
    }
  }

  private static double depth(Storage storage) {
    return storage.read(tx -> {
      long waiting = 0;
      for (WebhookRow webhook : tx.webhooks().active()) {
        waiting += tx.outbox().pending(webhook);
      }
      return waiting;
    });
  }
}
