package org.segmentum.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.segmentum.storage.StorageLocation;
import picocli.CommandLine.Option;

/**
 * Where a command finds the service's data: {@code --db FILE} (SQLite) or {@code --postgres URL}, one at most;
 * with neither, the SQLite file {@code ./segmentum.db}. Used as an exclusive argument group, which picocli
 * leaves unset when neither option is given: read it through {@link #of}.
 */
final class DatabaseOptions {
  static final Path DEFAULT_FILE = Path.of("segmentum.db");

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite database file (default ./segmentum.db).")
  private Path file;

  @Option(names = "--postgres", paramLabel = "URL", description = "PostgreSQL database instead: "
      + "postgresql://user:password@host:port/db or jdbc:postgresql://host:port/db?user=...&password=...")
  private String postgres;

  /** The database the options name (the default file when the group was not given). */
  static Database of(DatabaseOptions options) {
    if (options != null && options.postgres != null) {
      return new Database(new StorageLocation.Postgres(options.postgres.strip(), "", ""), "--postgres URL");
    }
    Path path = options == null || options.file == null ? DEFAULT_FILE : options.file;
    return new Database(new StorageLocation.SqliteFile(path), path.equals(DEFAULT_FILE) ? "" : "--db " + path);
  }

  /** A database to open and the option that names it again (empty for the default), for printed hints. */
  record Database(StorageLocation location, String option) {
    /** Why the PostgreSQL URL cannot be used, if it cannot. */
    Optional<String> problem() {
      if (location instanceof StorageLocation.Postgres pg) {
        String url = pg.url().toLowerCase(Locale.ROOT);
        if (!url.startsWith("jdbc:postgresql://") && !url.startsWith("postgresql://")
            && !url.startsWith("postgres://")) {
          return Optional.of("--postgres needs a URL such as postgresql://user:password@localhost:5432/segmentum "
              + "or jdbc:postgresql://localhost:5432/segmentum");
        }
      }
      return Optional.empty();
    }

    /** The database for people to read: the SQLite file, or the PostgreSQL server without credentials. */
    String describe() {
      return switch (location) {
        case StorageLocation.SqliteFile file -> "SQLite " + file.path();
        case StorageLocation.Postgres pg -> "PostgreSQL " + withoutCredentials(pg.url());
      };
    }

    private static String withoutCredentials(String url) {
      String noUserInfo = url.replaceFirst("//[^/@]*@", "//");
      int query = noUserInfo.indexOf('?');
      return query < 0 ? noUserInfo : noUserInfo.substring(0, query);
    }
  }
}
