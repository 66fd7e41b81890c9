package org.segmentum.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** PostgreSQL through a HikariCP pool; every read and write is one transaction at READ COMMITTED. */
final class PostgresConnections implements ConnectionSource {
  private static final int POOL_SIZE = 8;

  private final HikariDataSource pool;

  private PostgresConnections(HikariDataSource pool) {
    this.pool = pool;
  }

  static PostgresConnections open(StorageLocation.Postgres location) {
    HikariConfig config = new HikariConfig();
    String url = location.url();
    String user = location.user();
    String password = location.password();
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      URI uri = URI.create(url);
      String userInfo = uri.getRawUserInfo();
      if (userInfo != null) {
        String[] parts = userInfo.split(":", 2);
        user = user.isEmpty() ? decode(parts[0]) : user;
        password = password.isEmpty() && parts.length > 1 ? decode(parts[1]) : password;
      }
      int port = uri.getPort() < 0 ? 5432 : uri.getPort();
      url = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
    config.setJdbcUrl(url);
    if (!user.isEmpty()) {
      config.setUsername(user);
    }
    if (!password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName("segmentum-postgresql");
    try {
      return new PostgresConnections(new HikariDataSource(config));
    } catch (RuntimeException e) {
      throw new StorageException("cannot connect to PostgreSQL at " + url + ": " + e.getMessage(), e);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public Flavor flavor() {
    return Flavor.POSTGRESQL;
  }

  @Override
  public DataSource migrationSource() {
    return pool;
  }

  @Override
  public <T> T read(ConnectionWork<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return ConnectionSource.inTransaction(connection, work);
    }
  }

  @Override
  public <T> T write(ConnectionWork<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return ConnectionSource.inTransaction(connection, work);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
