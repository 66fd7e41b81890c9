package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A shop's provider webhook for one channel ({@code SMS MESSENGER VIBER}): where messages are posted, the
 * signing secret sealed by the service, and how many messages a minute it may be sent.
 */
public record ChannelProviderRow(long shopId, String channel, String url, String sealedSecret, int messagesPerMinute,
    Instant updatedAt) {
  public ChannelProviderRow {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sealedSecret, "sealedSecret");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
