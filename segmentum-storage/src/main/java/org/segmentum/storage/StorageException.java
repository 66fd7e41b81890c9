package org.segmentum.storage;

/** A failure of the database itself (not of the caller's input): the one unchecked exception of this module. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
