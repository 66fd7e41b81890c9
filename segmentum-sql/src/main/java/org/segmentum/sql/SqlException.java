package org.segmentum.sql;

/**
 * The SQL module's one unchecked exception: a real failure (a database error while loading, a query
 * shape the checker should have refused), never a user mistake.
 */
public final class SqlException extends RuntimeException {
  public SqlException(String message) {
    super(message);
  }

  public SqlException(String message, Throwable cause) {
    super(message, cause);
  }
}
