package org.segmentum.server;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.segmentum.storage.DeliveryOutcome;
import org.segmentum.storage.DeliveryRow;
import org.segmentum.storage.OutboxEvent;
import org.segmentum.storage.Storage;
import org.segmentum.storage.WebhookRow;

/**
 * Delivers what waits for one subscription, strictly in order: each event is sent until it is delivered
 * (2xx) or given up, and only then the next one. The attempt and the cursor move are stored in one
 * transaction after the answer, so a crash in between sends the event again (at least once). A failure
 * stores the retry state ({@link RetryPolicy}) and ends the run. Callers run one subscription at a time.
 */
final class WebhookDelivery {
  private static final int PAGE = 100;
  private final Storage storage;
  private final Clock clock;
  private final WebhookSender sender;
  private final WebhookMetrics metrics;

  WebhookDelivery(Storage storage, Clock clock, WebhookSender sender, WebhookMetrics metrics) {
    this.storage = storage;
    this.clock = clock;
    this.sender = sender;
    this.metrics = metrics;
  }

  /** Runs the subscription until nothing waits, an event fails, or {@code stopping} says so; events delivered. */
  int run(WebhookRow webhook, BooleanSupplier stopping) throws InterruptedException {
    WebhookRow current = webhook;
    int delivered = 0;
    while (!stopping.getAsBoolean() && current.dueAt(clock.instant())) {
      WebhookRow reading = current;
      List<OutboxEvent> events = storage.read(tx -> tx.outbox().after(reading, PAGE));
      if (events.isEmpty()) {
        return delivered;
      }
      for (OutboxEvent event : events) {
        Optional<WebhookRow> next = attempt(current, event, stopping);
        if (next.isEmpty()) {
          return delivered;
        }
        current = next.get();
        delivered++;
        if (stopping.getAsBoolean()) {
          return delivered;
        }
      }
    }
    return delivered;
  }

  /**
   * One attempt; the subscription moved past the event, or empty when it failed and waits for a retry, or
   * when it was cut off by the server stopping (then nothing is recorded).
   */
  private Optional<WebhookRow> attempt(WebhookRow webhook, OutboxEvent event, BooleanSupplier stopping)
      throws InterruptedException {
    Instant attemptedAt = clock.instant();
    int attempt = webhook.failedAttempts() + 1;
    WebhookSender.Result result = sender.send(webhook, event, WebhookPayloads.body(webhook.topic(), event));
    if (result instanceof WebhookSender.NoAnswer && stopping.getAsBoolean()) {
      return Optional.empty();
    }
    OptionalInt status = result instanceof WebhookSender.Answered answered ? OptionalInt.of(answered.status())
        : OptionalInt.empty();
    Optional<String> error = switch (result) {
      case WebhookSender.Answered answered -> answered.delivered() ? Optional.empty()
          : Optional.of("HTTP " + answered.status());
      case WebhookSender.NoAnswer noAnswer -> Optional.of(noAnswer.error());
    };
    Instant failingSince = webhook.failingSince().orElse(attemptedAt);
    DeliveryOutcome outcome = error.isEmpty() ? DeliveryOutcome.DELIVERED
        : RetryPolicy.givesUp(failingSince, attemptedAt) ? DeliveryOutcome.GIVEN_UP : DeliveryOutcome.FAILED;
    DeliveryRow row = new DeliveryRow(0, webhook.id(), event.eventId(), event.seq(), attempt, attemptedAt, status,
        error, result.millis(), outcome);
    Instant retryAt = clock.instant().plus(RetryPolicy.delayAfter(attempt));
    boolean stored = storage.write(tx -> {
      tx.webhookDeliveries().record(row);
      return outcome == DeliveryOutcome.FAILED
          ? tx.webhooks().failed(webhook.id(), webhook.cursor(), attempt, failingSince, retryAt)
          : tx.webhooks().advance(webhook.id(), webhook.cursor(), event.seq());
    });
    switch (outcome) {
      case DELIVERED -> metrics.delivered();
      case FAILED, GIVEN_UP -> metrics.failed(outcome == DeliveryOutcome.GIVEN_UP);
    }
    if (!stored || outcome == DeliveryOutcome.FAILED) {
      return Optional.empty();
    }
    return Optional.of(new WebhookRow(webhook.id(), webhook.shopId(), webhook.topic(), webhook.url(), webhook.secret(),
        webhook.createdAt(), webhook.active(), event.seq(), 0, Optional.empty(), Optional.empty()));
  }
}
