package org.segmentum.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the server runs: where it listens, how large a request body may be, how many write requests per
 * second a token may make (a burst of twice that is allowed), and how long a webhook receiver has to
 * answer one delivery (connecting and answering, each).
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int writesPerSecond, Duration webhookTimeout) {
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
  }

  /** Port 8080 on all interfaces, 64 MB bodies, 100 writes per second per token, 10 s per webhook delivery. */
  public static ServerSettings defaults() {
    return new ServerSettings("0.0.0.0", 8080, 64L * 1024 * 1024, 100, Duration.ofSeconds(10));
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, maxBodyBytes, writesPerSecond, webhookTimeout);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, maxBodyBytes, writesPerSecond, webhookTimeout);
  }

  public ServerSettings withMaxBodyBytes(long newMax) {
    return new ServerSettings(host, port, newMax, writesPerSecond, webhookTimeout);
  }

  public ServerSettings withWritesPerSecond(int newRate) {
    return new ServerSettings(host, port, maxBodyBytes, newRate, webhookTimeout);
  }

  public ServerSettings withWebhookTimeout(Duration newTimeout) {
    return new ServerSettings(host, port, maxBodyBytes, writesPerSecond, newTimeout);
  }
}
