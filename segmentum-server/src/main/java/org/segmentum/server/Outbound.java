package org.segmentum.server;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.segmentum.storage.ChannelProviderRow;
import org.segmentum.storage.SmtpSettingsRow;
import org.segmentum.storage.Storage;

/**
 * The way a shop's messages of one channel leave: its SMTP server for email, its provider webhook for the
 * others, read from storage and unsealed each time (so a fixed setting takes effect at the next message).
 */
final class Outbound {
  /** A way out, or why there is none. */
  sealed interface Way {
    /** Ready to deliver, at most one message per {@code interval}. */
    record Ready(Duration interval, Sending sending) implements Way {
    }

    record Unavailable(String reason) implements Way {
    }
  }

  /** Hands one message over. */
  @FunctionalInterface
  interface Sending {
    Delivery deliver(OutgoingMessage message);
  }

  private final Storage storage;
  private final SecretBox secrets;
  private final Clock clock;

  Outbound(Storage storage, SecretBox secrets, Clock clock) {
    this.storage = storage;
    this.secrets = secrets;
    this.clock = clock;
  }

  Way way(long shopId, CampaignChannel channel) {
    try {
      return channel == CampaignChannel.EMAIL ? email(shopId) : provider(shopId, channel);
    } catch (IllegalStateException | ApiProblem e) {
      return new Way.Unavailable(e.getMessage());
    }
  }

  private Way email(long shopId) {
    Optional<SmtpSettingsRow> row = storage.read(tx -> tx.messaging().smtp(shopId));
    if (row.isEmpty()) {
      return new Way.Unavailable("the shop has no SMTP server configured (PUT …/settings/smtp)");
    }
    SmtpSettingsRow settings = row.get();
    SmtpServer server = new SmtpServer(settings.host(), settings.port(),
        SmtpServer.Security.parse(settings.security()).orElse(SmtpServer.Security.STARTTLS), settings.username(),
        settings.sealedPassword().map(sealed -> secrets.open(sealed, MessagingSettingsCommands.smtpPlace(shopId))),
        settings.messagesPerMinute());
    return new Way.Ready(interval(settings.messagesPerMinute()),
        message -> SmtpMailer.send(server, message, clock.instant()));
  }

  private Way provider(long shopId, CampaignChannel channel) {
    Optional<ChannelProviderRow> row = storage.read(tx -> tx.messaging().provider(shopId, channel.name()));
    if (row.isEmpty()) {
      return new Way.Unavailable("the shop has no " + channel.wireName() + " provider configured "
          + "(PUT …/settings/channels/" + channel.wireName() + ")");
    }
    ChannelProviderRow settings = row.get();
    ProviderWebhook.Provider provider = new ProviderWebhook.Provider(URI.create(settings.url()),
        secrets.open(settings.sealedSecret(), MessagingSettingsCommands.providerPlace(shopId, channel)),
        settings.messagesPerMinute());
    return new Way.Ready(interval(settings.messagesPerMinute()),
        message -> ProviderWebhook.post(provider, message, clock.instant()));
  }

  static Duration interval(int messagesPerMinute) {
    return Duration.ofNanos(60_000_000_000L / Math.max(1, messagesPerMinute));
  }

  /** A test send: delivered now, whatever the rate. */
  Delivery deliverNow(long shopId, OutgoingMessage message) {
    return switch (way(shopId, message.channel())) {
      case Way.Ready ready -> ready.sending().deliver(message);
      case Way.Unavailable unavailable -> new Delivery.Misconfigured(unavailable.reason());
    };
  }
}
