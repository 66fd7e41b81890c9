package org.segmentum.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends rows to a DuckDB table through the DuckDB driver's appender, which fills column vectors
 * directly instead of executing a statement per chunk of rows. The appender takes every column of the
 * table in the table's order, so the writer reorders the values it is given and appends NULL to a
 * column it is not given, as an INSERT would; it refuses a column the table does not have, or leaving
 * out one with a default. Values are appended as their own type, which DuckDB casts to the column's;
 * dates go in as text ({@link BulkText#date}).
 *
 * <p>The appender writes into the connection's transaction only if one is active, and otherwise
 * commits on its own. With auto-commit off DuckDB starts the transaction at the next statement, so
 * opening a writer runs one (it reads the table's columns) before it creates the appender. Not
 * thread-safe.
 */
final class AppenderWriter implements TableWriter {
  private final DuckDBAppender appender;
  private final String table;
  /** For each column of the table, in order, the index of its value in a row given to {@link #row}, or -1. */
  private final int[] valueOfColumn;
  private final int width;

  private AppenderWriter(DuckDBAppender appender, String table, int[] valueOfColumn, int width) {
    this.appender = appender;
    this.table = table;
    this.valueOfColumn = valueOfColumn;
    this.width = width;
  }

  /** An appender to {@code table} of the connection's current schema; the connection must be DuckDB's. */
  static AppenderWriter open(Connection connection, String table, String... columns) throws SQLException {
    String schema = null;
    List<String> tableColumns = new ArrayList<>();
    List<String> given = List.of(columns);
    try (PreparedStatement select = connection.prepareStatement("SELECT current_schema(), column_name, "
        + "column_default FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
        + "ORDER BY ordinal_position")) {
      select.setString(1, table);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          schema = rows.getString(1);
          tableColumns.add(rows.getString(2));
          if (rows.getString(3) != null && !given.contains(rows.getString(2))) {
            throw new SqlException("the appender cannot leave out " + table + "." + rows.getString(2)
                + ", which has a default");
          }
        }
      }
    }
    if (!tableColumns.containsAll(given) || new HashSet<>(given).size() != given.size()) {
      throw new SqlException(table + " has the columns " + tableColumns + ", given " + given);
    }
    int[] valueOfColumn = tableColumns.stream().mapToInt(given::indexOf).toArray();
    return new AppenderWriter(connection.unwrap(DuckDBConnection.class).createAppender(schema, table), table,
        valueOfColumn, given.size());
  }

  @Override
  public void row(Object... values) throws SQLException {
    if (values.length != width) {
      throw new SqlException(table + " takes " + width + " values, got " + values.length);
    }
    appender.beginRow();
    for (int index : valueOfColumn) {
      append(index < 0 ? null : values[index]);
    }
    appender.endRow();
  }

  @Override
  public void close() throws SQLException {
    appender.close();
  }

  private void append(Object value) throws SQLException {
    switch (value) {
      case null -> appender.append((String) null);
      case String text -> appender.append(text);
      case Long whole -> appender.append(whole.longValue());
      case Integer whole -> appender.append(whole.intValue());
      case Boolean bool -> appender.append(bool.booleanValue());
      case Double number -> appender.append(number.doubleValue());
      case LocalDate date -> appender.append(BulkText.date(date, BulkText.DUCKDB_BC));
      default -> throw new SqlException("cannot load a value of type " + value.getClass().getName() + " into "
          + table);
    }
  }
}
