package org.segmentum.storage;

import java.nio.file.Path;
import java.util.Objects;

/** Where the data lives: an SQLite file (the default) or a PostgreSQL database. */
public sealed interface StorageLocation {
  /** An SQLite database file, created on first use. */
  record SqliteFile(Path path) implements StorageLocation {
    public SqliteFile {
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A PostgreSQL database: a JDBC URL ({@code jdbc:postgresql://host:port/db}) or a libpq-style URL
   * ({@code postgresql://user:password@host:port/db}); user and password may be empty when the URL has them.
   */
  record Postgres(String url, String user, String password) implements StorageLocation {
    public Postgres {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }
  }
}
