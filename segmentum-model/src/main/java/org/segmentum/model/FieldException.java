package org.segmentum.model;

/**
 * A field of the record being decoded is invalid; the record is rejected. Internal control flow of
 * the decoders, turned into a {@link LoadProblem} per record; carries no stack trace.
 */
final class FieldException extends Exception {
  private final String field;

  FieldException(String field, String reason) {
    super(reason, null, false, false);
    this.field = field;
  }

  /** The field path, or null for the whole record. */
  String field() {
    return field;
  }

  String reason() {
    return getMessage();
  }

  /**
   * This problem, found in a value that sits at {@code path}: a field relative to that value
   * ({@code price}) becomes {@code path.price}, and {@code ""} (the value itself) becomes {@code path}.
   */
  FieldException inside(String path) {
    return new FieldException(field == null || field.isEmpty() ? path : path + "." + field, reason());
  }
}
