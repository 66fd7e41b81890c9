package org.segmentum.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** How a flavor hands out connections for reading and writing; implementations own the transaction rules. */
interface ConnectionSource extends AutoCloseable {
  /** Work with a connection; the function runs inside one transaction that is committed after it returns. */
  interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  Flavor flavor();

  /** A data source for migrations. */
  DataSource migrationSource();

  <T> T read(ConnectionWork<T> work) throws SQLException;

  <T> T write(ConnectionWork<T> work) throws SQLException;

  @Override
  void close();

  /** Runs work in a transaction on a connection: commit when it returns, roll back when it throws. */
  static <T> T inTransaction(Connection connection, ConnectionWork<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      // back to autocommit, so that no driver keeps a transaction (and SQLite its write lock) open between works
      connection.setAutoCommit(true);
    }
  }
}
