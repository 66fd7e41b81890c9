package org.segmentum.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement returning the {@code customer_id} of every matching customer of a shop, ascending,
 * and the values of its {@code ?} placeholders in order. Every value is a {@link Long}, {@link String},
 * {@link Boolean} or {@link Double}; query values never appear in the text. Immutable.
 *
 * @param sql the statement, laid out one clause per line
 * @param parameters the placeholder values, in text order
 */
public record CompiledSql(String sql, List<Object> parameters) {
  public CompiledSql {
    Objects.requireNonNull(sql, "sql");
    parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
  }

  /** Sets every placeholder of a statement prepared from {@link #sql()}. */
  public void bind(PreparedStatement statement) throws SQLException {
    Objects.requireNonNull(statement, "statement");
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
