package org.segmentum.sql;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.time.DateResolver;

/**
 * Compiles checked queries to one parameterised SQL statement over the schema of docs/sql.md: the
 * {@code customer_id} of the shop's customers for whom the query holds at {@code now}, ascending.
 * Dates are resolved here, with {@link DateResolver}, into epoch-second bounds passed as parameters, so
 * the database needs no time zone rules. Thread-safe (stateless).
 *
 * <pre>{@code
 * CompiledSql compiled = SqlCompiler.compile(query, Dialect.POSTGRESQL, zone, Instant.now(), shopId);
 * try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
 *   compiled.bind(statement);
 *   ...
 * }
 * }</pre>
 */
public final class SqlCompiler {
  private SqlCompiler() {
  }

  /**
   * The statement selecting the members of a query.
   *
   * @param query a query checked against the shop's schema
   * @param dialect the database the statement is for
   * @param zone the shop's time zone, which defines its local days
   * @param now the evaluation instant ("today" is its local date in {@code zone})
   * @param shopId the shop whose customers are selected
   * @throws SqlException if the query uses a filter this compiler does not know (a bug: the checker
   *     accepts only catalog filters)
   */
  public static CompiledSql compile(CheckedQuery query, Dialect dialect, ZoneId zone, Instant now, long shopId) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(now, "now");
    Compilation compilation = new Compilation(dialect, DateResolver.at(now, zone), shopId);
    return compilation.statement(compilation.expr(query.expr()));
  }
}
