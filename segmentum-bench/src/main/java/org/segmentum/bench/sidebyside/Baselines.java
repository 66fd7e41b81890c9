package org.segmentum.bench.sidebyside;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Connections to the baseline systems: an in-process DuckDB, and an embedded PostgreSQL started for the run. */
final class Baselines implements AutoCloseable {
  private EmbeddedPostgres postgres;

  Connection duckdb() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  Connection postgresql() throws SQLException {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "1GB")
            .setServerConfig("work_mem", "256MB").setServerConfig("max_wal_size", "4GB")
            .setServerConfig("synchronous_commit", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }
    return postgres.getPostgresDatabase().getConnection();
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
