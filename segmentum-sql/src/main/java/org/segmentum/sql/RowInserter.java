package org.segmentum.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into one table in multi-row {@code INSERT ... VALUES (...), (...)} statements of up to
 * {@value #ROWS_PER_STATEMENT} rows: one round trip and one statement execution per chunk (DuckDB
 * executes a JDBC batch row by row). The load path of SQLite; DuckDB and PostgreSQL have faster ones
 * ({@link TableWriters}). Dates go to SQLite as ISO text. Not thread-safe.
 */
final class RowInserter implements TableWriter {
  static final int ROWS_PER_STATEMENT = 100;
  private final Connection connection;
  private final Dialect dialect;
  private final String table;
  private final String columns;
  private final int width;
  private final List<Object> pending = new ArrayList<>();
  private PreparedStatement full;

  RowInserter(Connection connection, Dialect dialect, String table, String... columns) {
    this.connection = connection;
    this.dialect = dialect;
    this.table = table;
    this.columns = String.join(", ", columns);
    this.width = columns.length;
  }

  @Override
  public void row(Object... values) throws SQLException {
    if (values.length != width) {
      throw new SqlException(table + " takes " + width + " values, got " + values.length);
    }
    for (Object value : values) {
      pending.add(dialect == Dialect.SQLITE && value instanceof LocalDate date ? date.toString() : value);
    }
    if (pending.size() == width * ROWS_PER_STATEMENT) {
      if (full == null) {
        full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
      }
      execute(full);
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (!pending.isEmpty()) {
        try (PreparedStatement rest = connection.prepareStatement(sql(pending.size() / width))) {
          execute(rest);
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  private void execute(PreparedStatement statement) throws SQLException {
    for (int i = 0; i < pending.size(); i++) {
      statement.setObject(i + 1, pending.get(i));
    }
    statement.executeUpdate();
    pending.clear();
  }

  private String sql(int rows) {
    String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(rows, row));
  }
}
