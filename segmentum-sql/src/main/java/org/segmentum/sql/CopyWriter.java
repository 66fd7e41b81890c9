package org.segmentum.sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a PostgreSQL table with one {@code COPY table (columns) FROM STDIN} in text format
 * (fields by {@link BulkText#appendCopyField}, UTF-8, the encoding the driver sets for the session),
 * through the PostgreSQL driver's copy API: the server parses the rows without planning and executing
 * an INSERT per row. Rows are sent in chunks of about {@value #CHUNK_CHARS} characters; the copy ends,
 * and the server's objections arrive, at {@link #close()} at the latest. A copy holds the connection
 * until it ends: open one writer at a time. Not thread-safe.
 */
final class CopyWriter implements TableWriter {
  static final int CHUNK_CHARS = 1 << 16;
  private final CopyIn copy;
  private final String table;
  private final int width;
  private final StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 4096);

  private CopyWriter(CopyIn copy, String table, int width) {
    this.copy = copy;
    this.table = table;
    this.width = width;
  }

  /** Starts the copy of {@code columns} into {@code table}; the connection must be the PostgreSQL driver's. */
  static CopyWriter open(Connection connection, String table, String... columns) throws SQLException {
    String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
    return new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql), table, columns.length);
  }

  @Override
  public void row(Object... values) throws SQLException {
    if (values.length != width) {
      throw new SqlException(table + " takes " + width + " values, got " + values.length);
    }
    for (int i = 0; i < width; i++) {
      if (i > 0) {
        chunk.append('\t');
      }
      BulkText.appendCopyField(chunk, values[i]);
    }
    chunk.append('\n');
    if (chunk.length() >= CHUNK_CHARS) {
      send();
    }
  }

  @Override
  public void close() throws SQLException {
    if (!copy.isActive()) {
      return;
    }
    try {
      send();
      copy.endCopy();
    } catch (SQLException | RuntimeException e) {
      if (copy.isActive()) {
        try {
          copy.cancelCopy();
        } catch (SQLException cancel) {
          e.addSuppressed(cancel);
        }
      }
      throw e;
    }
  }

  private void send() throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }
}
