package org.segmentum.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A shop's SMTP server: host, port, security ({@code STARTTLS TLS NONE}), the login (empty for none), the
 * password sealed by the service (never in the clear), how many messages a minute it may be sent, and the From
 * address new email campaigns start with (empty for none).
 */
public record SmtpSettingsRow(long shopId, String host, int port, String security, String username,
    Optional<String> sealedPassword, int messagesPerMinute, String sender, Instant updatedAt) {
  public SmtpSettingsRow {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(sealedPassword, "sealedPassword");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
