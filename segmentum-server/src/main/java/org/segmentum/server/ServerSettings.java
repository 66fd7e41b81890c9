package org.segmentum.server;

/**
 * How the server runs: where it listens, how large a request body may be, and how many write requests per
 * second a token may make (a burst of twice that is allowed).
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int writesPerSecond) {
  public ServerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    if (maxBodyBytes <= 0 || writesPerSecond <= 0) {
      throw new IllegalArgumentException("maxBodyBytes and writesPerSecond must be positive");
    }
  }

  /** Port 8080 on all interfaces, 64 MB bodies, 100 writes per second per token. */
  public static ServerSettings defaults() {
    return new ServerSettings("0.0.0.0", 8080, 64L * 1024 * 1024, 100);
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, maxBodyBytes, writesPerSecond);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, maxBodyBytes, writesPerSecond);
  }

  public ServerSettings withMaxBodyBytes(long newMax) {
    return new ServerSettings(host, port, newMax, writesPerSecond);
  }

  public ServerSettings withWritesPerSecond(int newRate) {
    return new ServerSettings(host, port, maxBodyBytes, newRate);
  }
}
