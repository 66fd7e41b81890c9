package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the tests: round trips, where a diagnostic may point, and how a list of them reads. */
final class QueryAssertions {
  private QueryAssertions() {
  }

  /** {@code L:C message} for each diagnostic, the form of the golden files. */
  static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
  }

  /**
   * Asserts that a diagnostic is well formed for its text: a code, a message and a hint; offsets with
   * {@code 0 <= start <= end <= length}; line and column that locate {@code start} (line breaks are
   * {@code \n}, {@code \r\n} and a lone {@code \r}; columns count UTF-16 units from 1).
   */
  static void assertWellFormed(String text, Diagnostic d) {
    assertThat(d.code()).as("code of %s", d).isNotNull();
    assertThat(d.message()).as("message of %s", d).isNotBlank();
    assertThat(d.hint()).as("hint of %s", d).isNotNull();
    assertThat(d.start()).as("start of %s", d).isBetween(0, text.length());
    assertThat(d.end()).as("end of %s", d).isBetween(d.start(), text.length());
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < d.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    assertThat(d.line() + ":" + d.column()).as("position of %s", d)
        .isEqualTo(line + ":" + (d.start() - lineStart + 1));
  }

  /** canonical(parse(canonical(q))) == canonical(q), and the canonical text parses to the same tree. */
  static void assertRoundTrip(String query) {
    CheckedQuery checked = valid(query);
    assertThat(Query.print(checked.expr())).as("printed tree of %s", query).isEqualTo(checked.canonical());
    CheckedQuery again = valid(checked.canonical());
    assertThat(again.canonical()).as("canonical of the canonical of %s", query).isEqualTo(checked.canonical());
    assertThat(Ast.withoutSpans(again.expr())).as("tree of the canonical of %s", query)
        .isEqualTo(Ast.withoutSpans(checked.expr()));
  }

  static CheckedQuery valid(String query) {
    Validation validation = Query.check(query);
    assertThat(validation.diagnostics()).as("diagnostics of %s", query)
        .extracting(Diagnostic::render).isEmpty();
    return ((Validation.Valid) validation).query();
  }
}
