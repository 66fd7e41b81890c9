package org.segmentum.app;

import java.io.PrintWriter;
import org.segmentum.query.Diagnostic;
import org.segmentum.query.Validation;

/** Prints query diagnostics the way every command does: one {@code Line L Column C: message} per line. */
final class Diagnostics {
  private Diagnostics() {
  }

  static void print(Validation.Invalid invalid, PrintWriter err) {
    for (Diagnostic diagnostic : invalid.diagnostics()) {
      err.println(diagnostic.render());
    }
    err.flush();
  }
}
