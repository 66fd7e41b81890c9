package org.segmentum.query;

import java.util.Objects;

/**
 * One problem in a query: a stable code, a message worded for merchants, the 1-based line and column
 * of the first character of the offending text, its UTF-16 start and end offsets, and a hint that may
 * be empty. Columns count UTF-16 units, as browser editors do.
 */
public record Diagnostic(DiagnosticCode code, String message, int line, int column, int start, int end,
                         String hint) {
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }

  /** {@code Line L Column C: message}, the form the command line prints. */
  public String render() {
    return "Line " + line + " Column " + column + ": " + message;
  }
}
