package org.segmentum.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.segmentum.model.Store;

/**
 * Real databases for the tests: a SQLite file, an in-process DuckDB, and a database of its own in the
 * one embedded PostgreSQL 17 this JVM starts on first use (and stops at exit).
 */
public final class TestDatabases {
  private static final AtomicInteger CREATED = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {
  }

  /** A new, empty database of the dialect, with the schema; SQLite files are created in {@code directory}. */
  public static Connection withSchema(Dialect dialect, Path directory) throws SQLException {
    Connection connection = open(dialect, directory);
    SqlLoader.of(connection, dialect).createSchema();
    return connection;
  }

  /** A new, empty database of the dialect; SQLite files are created in {@code directory}. */
  public static Connection open(Dialect dialect, Path directory) throws SQLException {
    String name = "segmentum_" + CREATED.incrementAndGet();
    return switch (dialect) {
      case SQLITE -> DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(name + ".db"));
      case DUCKDB -> DriverManager.getConnection("jdbc:duckdb:");
      case POSTGRESQL -> {
        EmbeddedPostgres server = postgres();
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
          statement.execute("CREATE DATABASE " + name);
        }
        yield DriverManager.getConnection(server.getJdbcUrl("postgres", name));
      }
    };
  }

  /**
   * Loads {@code store} with multi-row INSERT statements whatever the dialect, the path the bulk loads
   * of {@link SqlLoader#of} are compared with.
   */
  public static void loadWithInserts(Connection connection, Dialect dialect, Store store, LocalDate scoresAsOf) {
    SqlLoader.withInserts(connection, dialect).load(store, scoresAsOf);
  }

  /** The customer ids a compiled statement returns, checking that they come in ascending order. */
  public static TreeSet<Long> members(Connection connection, CompiledSql compiled) throws SQLException {
    TreeSet<Long> ids = new TreeSet<>();
    try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
      compiled.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        long previous = Long.MIN_VALUE;
        while (rows.next()) {
          long id = rows.getLong(1);
          if (id <= previous) {
            throw new AssertionError("ids not ascending: " + previous + " then " + id);
          }
          ids.add(id);
          previous = id;
        }
      }
    }
    return ids;
  }

  /** Parameters as they would be written in SQL: strings quoted, so that an empty one shows. */
  public static String describe(java.util.List<Object> parameters) {
    return parameters.stream().map(p -> p instanceof String text ? "'" + text.replace("'", "''") + "'" : String.valueOf(p))
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
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
        } catch (IOException e) {
          // the JVM is exiting; the data directory is temporary
        }
      }));
    }
    return postgres;
  }
}
