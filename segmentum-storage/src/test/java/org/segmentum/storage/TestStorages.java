package org.segmentum.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a new SQLite file, or a new database in the one embedded PostgreSQL 17 that
 * this JVM starts on first use (and stops at exit).
 */
public final class TestStorages {
  private static final AtomicInteger CREATED = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestStorages() {
  }

  /** Where a new, empty database of the flavor lives; SQLite files are created in {@code directory}. */
  public static StorageLocation location(Flavor flavor, Path directory) {
    String name = "segmentum_storage_" + CREATED.incrementAndGet();
    return switch (flavor) {
      case SQLITE -> new StorageLocation.SqliteFile(directory.resolve(name + ".db"));
      case POSTGRESQL -> {
        EmbeddedPostgres server = postgres();
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
          statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
          throw new IllegalStateException("cannot create a test database", e);
        }
        yield new StorageLocation.Postgres(server.getJdbcUrl("postgres", name), "", "");
      }
    };
  }

  /** A new, empty, migrated storage of the flavor. */
  public static Storage open(Flavor flavor, Path directory) {
    return Storage.open(location(flavor, directory));
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting; nothing left to do
        }
      }));
    }
    return postgres;
  }
}
