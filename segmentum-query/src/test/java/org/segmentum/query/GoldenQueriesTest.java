package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the golden files: every valid query checks and round-trips through its canonical form, every
 * invalid query produces exactly its expected diagnostics, every canonical pair prints as written.
 */
class GoldenQueriesTest {
  private static final String ARROW = " → ";

  @TestFactory
  Stream<DynamicTest> validQueriesCheckAndRoundTrip() {
    return GoldenFile.read("valid.queries").stream()
        .map(entry -> dynamicTest(entry.toString(), () -> QueryAssertions.assertRoundTrip(entry.text())));
  }

  @TestFactory
  Stream<DynamicTest> invalidQueriesGiveExactlyTheirDiagnostics() {
    return GoldenFile.read("invalid.queries").stream().map(entry -> dynamicTest(entry.toString(), () -> {
      Validation validation = Query.check(entry.text());
      assertThat(validation).as("validation of %s", entry).isInstanceOf(Validation.Invalid.class);
      assertThat(QueryAssertions.lines(validation.diagnostics())).as("diagnostics of %s", entry)
          .containsExactlyElementsOf(entry.expected());
      validation.diagnostics().forEach(d -> QueryAssertions.assertWellFormed(entry.text(), d));
    }));
  }

  @TestFactory
  Stream<DynamicTest> canonicalPairsPrintAsWritten() {
    return GoldenFile.read("canonical.pairs").stream().map(entry -> dynamicTest(entry.toString(), () -> {
      int arrow = entry.text().indexOf(ARROW);
      assertThat(arrow).as("arrow in %s", entry).isPositive();
      String input = entry.text().substring(0, arrow);
      String expected = entry.text().substring(arrow + ARROW.length());
      assertThat(canonical(input)).as("canonical form of %s", input).isEqualTo(expected);
      assertThat(canonical(expected)).as("canonical form is a fixed point").isEqualTo(expected);
      QueryAssertions.assertRoundTrip(input);
    }));
  }

  @Test
  void goldenFilesHaveTheirSizes() {
    assertThat(GoldenFile.read("valid.queries")).hasSizeGreaterThanOrEqualTo(150)
        .allSatisfy(e -> assertThat(e.expected()).isEmpty());
    List<GoldenFile.Entry> invalid = GoldenFile.read("invalid.queries");
    assertThat(invalid).hasSizeGreaterThanOrEqualTo(100).allSatisfy(e -> assertThat(e.expected()).isNotEmpty());
    assertThat(GoldenFile.read("canonical.pairs")).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void everyDiagnosticCodeOfTheLanguageIsExercised() {
    List<DiagnosticCode> seen = GoldenFile.read("invalid.queries").stream()
        .flatMap(e -> Query.check(e.text()).diagnostics().stream()).map(Diagnostic::code).distinct().toList();
    assertThat(seen).containsExactlyInAnyOrder(DiagnosticCode.values());
  }

  private static String canonical(String query) {
    return QueryAssertions.valid(query).canonical();
  }
}
