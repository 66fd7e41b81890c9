package org.segmentum.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A shop's SMTP server, opened for use (the password in the clear, in memory only): host, port, how the
 * connection is secured, the login, and the rate it may be sent messages at.
 */
record SmtpServer(String host, int port, Security security, String username, Optional<String> password,
    int messagesPerMinute) {
  /** How the connection is secured. Certificates are checked against the host name in both TLS modes. */
  enum Security {
    /** Plain connection upgraded with STARTTLS, which is required (typically port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, typically port 465). */
    TLS,
    /** No encryption: only for a relay on a trusted network (or a test server). */
    NONE;

    static Optional<Security> parse(String text) {
      for (Security security : values()) {
        if (security.name().equalsIgnoreCase(text.strip())) {
          return Optional.of(security);
        }
      }
      return Optional.empty();
    }

    String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final String CONNECT_TIMEOUT_MS = "30000";
  private static final String IO_TIMEOUT_MS = "60000";

  SmtpServer {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  /** The Jakarta Mail session properties for this server (timeouts always set: a hung server never hangs us). */
  Properties properties(String envelopeSender) {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.from", envelopeSender);
    properties.put("mail.smtp.connectiontimeout", CONNECT_TIMEOUT_MS);
    properties.put("mail.smtp.timeout", IO_TIMEOUT_MS);
    properties.put("mail.smtp.writetimeout", IO_TIMEOUT_MS);
    properties.put("mail.smtp.auth", Boolean.toString(!username.isEmpty()));
    switch (security) {
      case STARTTLS -> {
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case TLS -> {
        properties.put("mail.smtp.ssl.enable", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
      }
      case NONE -> properties.put("mail.smtp.starttls.enable", "false");
    }
    return properties;
  }
}
