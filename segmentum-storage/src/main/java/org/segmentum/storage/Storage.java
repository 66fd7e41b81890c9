package org.segmentum.storage;

import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;

/**
 * The service's database, migrated to the current schema when opened. Every access is one transaction:
 * {@link #write} commits when the work returns (so a caller that answers after it returns has made the
 * data durable) and rolls back when it throws. Thread-safe; on SQLite, writes are serialised.
 */
public final class Storage implements AutoCloseable {
  private final ConnectionSource source;

  private Storage(ConnectionSource source) {
    this.source = source;
  }

  /** Opens (and creates or migrates) the database. */
  public static Storage open(StorageLocation location) {
    Objects.requireNonNull(location, "location");
    ConnectionSource source = switch (location) {
      case StorageLocation.SqliteFile file -> SqliteConnections.open(file.path());
      case StorageLocation.Postgres postgres -> PostgresConnections.open(postgres);
    };
    try {
      Flyway.configure()
          .dataSource(source.migrationSource())
          .locations(source.flavor().migrations())
          .load()
          .migrate();
    } catch (RuntimeException e) {
      source.close();
      throw new StorageException("cannot migrate the database: " + e.getMessage(), e);
    }
    return new Storage(source);
  }

  public Flavor flavor() {
    return source.flavor();
  }

  /** Runs read-only work in one transaction. */
  public <T> T read(Work<T> work) {
    Objects.requireNonNull(work, "work");
    try {
      return source.read(connection -> work.run(new Transaction(connection, source.flavor())));
    } catch (SQLException e) {
      throw new StorageException("database read failed: " + e.getMessage(), e);
    }
  }

  /** Runs work in one transaction that is committed (durably) when it returns. */
  public <T> T write(Work<T> work) {
    Objects.requireNonNull(work, "work");
    try {
      return source.write(connection -> work.run(new Transaction(connection, source.flavor())));
    } catch (SQLException e) {
      throw new StorageException("database write failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    source.close();
  }
}
