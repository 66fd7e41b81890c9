package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook subscription as stored: one topic delivered to one URL, signed with {@code secret}.
 * {@code cursor} is the sequence number of the last event of the topic's log that is done with; while the
 * event after it fails, {@code failedAttempts}, {@code failingSince} (the first failed attempt) and
 * {@code nextAttemptAt} say where its retries stand. {@link #toString} leaves the secret out.
 */
public record WebhookRow(long id, long shopId, WebhookTopic topic, String url, String secret, Instant createdAt,
    boolean active, long cursor, int failedAttempts, Optional<Instant> failingSince,
    Optional<Instant> nextAttemptAt) {
  public WebhookRow {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(failingSince, "failingSince");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
  }

  /** Whether an attempt may be made at {@code now} (no retry is scheduled later than that). */
  public boolean dueAt(Instant now) {
    return nextAttemptAt.map(next -> !next.isAfter(now)).orElse(true);
  }

  @Override
  public String toString() {
    return "WebhookRow[id=" + id + ", shopId=" + shopId + ", topic=" + topic.wireName() + ", url=" + url
        + ", active=" + active + ", cursor=" + cursor + ", failedAttempts=" + failedAttempts + "]";
  }
}
