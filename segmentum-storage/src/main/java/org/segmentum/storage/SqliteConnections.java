package org.segmentum.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite: one writer connection used under a lock, transactions started with {@code BEGIN IMMEDIATE} (so a
 * writer never fails half-way on a lock upgrade), WAL so that readers on their own pooled connections never
 * wait for the writer, a busy timeout, and {@code synchronous=FULL} so that a committed transaction
 * survives a crash of the machine, not only of the process.
 */
final class SqliteConnections implements ConnectionSource {
  private static final int BUSY_TIMEOUT_MS = 30_000;
  private static final int READERS = 4;

  private final SQLiteDataSource dataSource;
  private final HikariDataSource readers;
  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();

  private SqliteConnections(SQLiteDataSource dataSource, HikariDataSource readers, Connection writer) {
    this.dataSource = dataSource;
    this.readers = readers;
    this.writer = writer;
  }

  static SqliteConnections open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      SQLiteDataSource source = dataSource(file, SQLiteConfig.TransactionMode.IMMEDIATE);
      Connection writer = source.getConnection();
      HikariConfig pool = new HikariConfig();
      pool.setDataSource(dataSource(file, SQLiteConfig.TransactionMode.DEFERRED));
      pool.setMaximumPoolSize(READERS);
      pool.setMinimumIdle(1);
      pool.setPoolName("segmentum-sqlite-readers");
      pool.setAutoCommit(true);
      return new SqliteConnections(source, new HikariDataSource(pool), writer);
    } catch (SQLException | IOException e) {
      throw new StorageException("cannot open the SQLite database " + file + ": " + e.getMessage(), e);
    }
  }

  private static SQLiteDataSource dataSource(Path file, SQLiteConfig.TransactionMode mode) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    config.setTransactionMode(mode);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return source;
  }

  @Override
  public Flavor flavor() {
    return Flavor.SQLITE;
  }

  @Override
  public DataSource migrationSource() {
    return dataSource;
  }

  @Override
  public <T> T read(ConnectionWork<T> work) throws SQLException {
    try (Connection connection = readers.getConnection()) {
      return ConnectionSource.inTransaction(connection, work);
    }
  }

  @Override
  public <T> T write(ConnectionWork<T> work) throws SQLException {
    writeLock.lock();
    try {
      return ConnectionSource.inTransaction(writer, work);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    readers.close();
    writeLock.lock();
    try {
      writer.close();
    } catch (SQLException e) {
      throw new StorageException("cannot close the SQLite database: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }
}
