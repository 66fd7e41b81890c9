package org.segmentum.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parameterised statements on one connection: values are always bound, never spliced into the text. */
final class Statements {
  /** Maps the current row of a result set. */
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  Statements(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  /** Runs an INSERT and returns the generated {@code id} of the new row. */
  long insert(String sql, Object... parameters) throws SQLException {
    return one(sql + " RETURNING id", row -> row.getLong(1), parameters)
        .orElseThrow(() -> new SQLException("the insert returned no id"));
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
    List<T> rows = list(sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  long longValue(String sql, Object... parameters) throws SQLException {
    return one(sql, row -> row.getLong(1), parameters).orElse(0L);
  }

  static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      switch (value) {
        case null -> statement.setNull(i + 1, Types.NULL);
        case Long number -> statement.setLong(i + 1, number);
        case Integer number -> statement.setInt(i + 1, number);
        case String text -> statement.setString(i + 1, text);
        default -> throw new IllegalArgumentException("unsupported parameter type " + value.getClass());
      }
    }
  }

  /** A nullable epoch-milliseconds column as an instant. */
  static java.util.Optional<java.time.Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    return java.util.Optional.ofNullable(nullableLong(row, column)).map(java.time.Instant::ofEpochMilli);
  }

  /** A nullable long column. */
  static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }
}
