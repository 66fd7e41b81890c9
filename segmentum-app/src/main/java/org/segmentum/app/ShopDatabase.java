package org.segmentum.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StorageLocation;
import picocli.CommandLine.Option;

/**
 * The database a command works on, the one the server uses: an existing SQLite file ({@code --db}) or a
 * PostgreSQL database ({@code --postgres}), exactly one of them. Used as an exclusive argument group.
 */
final class ShopDatabase {
  /** Kept so that the level set on it stays (the logging framework holds loggers weakly). */
  private static final java.util.logging.Logger MIGRATIONS = java.util.logging.Logger.getLogger("org.flywaydb");

  @Option(names = "--db", paramLabel = "FILE", description = "The server's SQLite database file.")
  private Path file;

  @Option(names = "--postgres", paramLabel = "URL",
      description = "The server's PostgreSQL database, e.g. postgresql://user:password@host:5432/segmentum.")
  private String postgres;

  /**
   * Opens (and migrates) the database; empty, with the reason on {@code err}, when the SQLite file does not
   * exist (a command never creates an empty database by mistake).
   */
  Optional<Storage> open(PrintWriter err) {
    // without a logging backend the migration tool reports every check on stderr; only its warnings matter here
    MIGRATIONS.setLevel(java.util.logging.Level.WARNING);
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        err.println("segmentum: no database at " + file + " (start the server on it, or create a shop, first)");
        err.flush();
        return Optional.empty();
      }
      return Optional.of(Storage.open(new StorageLocation.SqliteFile(file)));
    }
    return Optional.of(Storage.open(new StorageLocation.Postgres(postgres, "", "")));
  }
}
