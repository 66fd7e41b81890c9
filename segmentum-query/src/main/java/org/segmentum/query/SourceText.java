package org.segmentum.query;

import java.util.Arrays;

/** The query text with its line starts, to turn offsets into 1-based lines and columns. */
final class SourceText {
  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    int[] starts = new int[8];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (newline) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  String text() {
    return text;
  }

  Diagnostic diagnostic(DiagnosticCode code, Span span, String message, String hint) {
    int offset = Math.min(span.start(), text.length());
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new Diagnostic(code, message, line + 1, offset - lineStarts[line] + 1, span.start(), span.end(), hint);
  }
}
