package org.segmentum.engine;

/** The engine's one unchecked exception: a real failure (a bug or inconsistent input), never a user mistake. */
public final class EngineException extends RuntimeException {
  public EngineException(String message) {
    super(message);
  }
}
