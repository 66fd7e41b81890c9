package org.segmentum.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens, for one database, the writer that fills a table fastest: DuckDB's appender
 * ({@link AppenderWriter}), PostgreSQL's {@code COPY ... FROM STDIN} ({@link CopyWriter}), and
 * multi-row INSERTs ({@link RowInserter}) on SQLite, or everywhere when bulk loading is off. Every
 * writer's first column is {@code shop_id}.
 */
final class TableWriters {
  private final Connection connection;
  private final Dialect dialect;
  private final boolean bulk;

  /**
   * Writers over {@code connection}, a {@code dialect} database; {@code bulk} false writes every
   * dialect with INSERT statements. The bulk paths need the database's own JDBC driver (org.duckdb,
   * org.postgresql), since they use its API beyond JDBC.
   */
  TableWriters(Connection connection, Dialect dialect, boolean bulk) {
    this.connection = connection;
    this.dialect = dialect;
    this.bulk = bulk;
  }

  /** A writer of {@code shop_id} followed by {@code columns} of {@code table}. */
  TableWriter forShop(String table, String... columns) throws SQLException {
    String[] all = new String[columns.length + 1];
    all[0] = "shop_id";
    System.arraycopy(columns, 0, all, 1, columns.length);
    if (!bulk) {
      return new RowInserter(connection, dialect, table, all);
    }
    return switch (dialect) {
      case DUCKDB -> AppenderWriter.open(connection, table, all);
      case POSTGRESQL -> CopyWriter.open(connection, table, all);
      case SQLITE -> new RowInserter(connection, dialect, table, all);
    };
  }
}
