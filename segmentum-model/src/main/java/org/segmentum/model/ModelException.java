package org.segmentum.model;

/**
 * A real failure of this module, such as an unreadable store directory or a missing or invalid
 * {@code shop.json}. Problems of single records are not exceptions but {@link LoadProblem} values.
 */
public class ModelException extends RuntimeException {
  /** An exception with the given message. */
  public ModelException(String message) {
    super(message);
  }

  /** An exception with the given message and cause. */
  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
