package org.segmentum.sql;

import java.sql.SQLException;

/**
 * Writes rows into one table of the schema, inside the connection's current transaction. Values come
 * in the order of the columns the writer was opened with, each a {@code Long}, {@code Integer},
 * {@code String}, {@code Boolean}, {@code Double}, {@code LocalDate} or null for NULL; the database
 * stores them exactly (text byte for byte, doubles bit for bit). Rows may be buffered: all of them
 * are written, and the database's objections (a key given twice) reported, by {@link #close()} at the
 * latest. Not thread-safe.
 */
interface TableWriter extends AutoCloseable {
  /** Adds a row. */
  void row(Object... values) throws SQLException;

  /** Writes the rows still buffered and releases the writer. */
  @Override
  void close() throws SQLException;
}
