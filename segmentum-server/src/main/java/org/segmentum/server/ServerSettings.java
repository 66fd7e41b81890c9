package org.segmentum.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: where it listens, how large a request body may be, how many write requests per
 * second a token may make (a burst of twice that is allowed), how long a webhook receiver has to answer
 * one delivery (connecting and answering, each), and the key that seals stored secrets (SMTP passwords,
 * channel provider secrets; without one, saving them is refused).
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int writesPerSecond, Duration webhookTimeout,
    Optional<EncryptionKey> secretKey) {
  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(webhookTimeout, "webhookTimeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes <= 0 || writesPerSecond <= 0) {
      throw new IllegalArgumentException("maxBodyBytes and writesPerSecond must be positive");
    }
    if (webhookTimeout.isNegative() || webhookTimeout.isZero()) {
      throw new IllegalArgumentException("webhookTimeout must be positive, got " + webhookTimeout);
    }
    Objects.requireNonNull(secretKey, "secretKey");
  }

  /**
   * Port 8080 on all interfaces, 64 MB bodies, 100 writes per second per token, 10 s per webhook delivery,
   * no secret key.
   */
  public static ServerSettings defaults() {
    return new ServerSettings("0.0.0.0", 8080, 64L * 1024 * 1024, 100, Duration.ofSeconds(10), Optional.empty());
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, maxBodyBytes, writesPerSecond, webhookTimeout, secretKey);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, maxBodyBytes, writesPerSecond, webhookTimeout, secretKey);
  }

  public ServerSettings withMaxBodyBytes(long newMax) {
    return new ServerSettings(host, port, newMax, writesPerSecond, webhookTimeout, secretKey);
  }

  public ServerSettings withWritesPerSecond(int newRate) {
    return new ServerSettings(host, port, maxBodyBytes, newRate, webhookTimeout, secretKey);
  }

  public ServerSettings withWebhookTimeout(Duration newTimeout) {
    return new ServerSettings(host, port, maxBodyBytes, writesPerSecond, newTimeout, secretKey);
  }

  public ServerSettings withSecretKey(EncryptionKey key) {
    return new ServerSettings(host, port, maxBodyBytes, writesPerSecond, webhookTimeout, Optional.of(key));
  }
}
