package org.segmentum.storage;

import java.sql.SQLException;

/** Work done inside one transaction. */
@FunctionalInterface
public interface Work<T> {
  T run(Transaction transaction) throws SQLException;
}
