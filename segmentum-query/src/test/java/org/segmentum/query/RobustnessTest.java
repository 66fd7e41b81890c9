package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Query#check} never throws, on any text, and every diagnostic it returns points inside the text
 * (LANGUAGE.md §8). Texts that happen to be valid must round-trip like any valid query. The whole loop
 * runs under a generous time bound that only catches hangs; speed is measured by the benchmarks.
 */
class RobustnessTest {
  private static final int CASES = 100_000;

  @Test
  void checkNeverThrowsAndDiagnosticsPointIntoTheText() {
    long seed = Fuzz.seed();
    int cases = CASES * Fuzz.scale();
    List<String> corpus = RandomInputs.goldenCorpus();
    assertTimeoutPreemptively(Duration.ofSeconds(120L * Fuzz.scale()), () -> {
      RandomInputs inputs = new RandomInputs(new SplittableRandom(seed), corpus);
      for (int i = 0; i < cases; i++) {
        String text = inputs.next();
        try {
          assertRobust(text);
        } catch (Throwable e) { // StackOverflowError included: report which input it was
          fail(String.format("case %d of seed %d (replay with -Dsegmentum.fuzz.seed=%d): %s%n  input (%d chars): %s",
              i, seed, seed, e, text.length(), escaped(text)), e);
        }
      }
    });
  }

  @Test
  void extremeInputsAreDiagnosedNotThrown() {
    for (String text : List.of("", " ", "\n", "\r\n\r\n", "(".repeat(5000), ")".repeat(5000), "NOT ".repeat(1250),
        "amount_spent = " + "(".repeat(4985), "'" + "\\".repeat(4999), "\"" + "x".repeat(4999), "\u0000".repeat(5000),
        "\ud800".repeat(5000), "amount_spent > 1 OR ".repeat(249) + "x",
        "products_purchased MATCHES (" + "id = 1, ".repeat(620),
        "a".repeat(5001), "anniversary(".repeat(416), "products_purchased(".repeat(263) + ") = true")) {
      assertRobust(text);
      assertThat(Query.check(text)).as("validation of %s", escaped(text)).isInstanceOf(Validation.Invalid.class);
    }
  }

  private static void assertRobust(String text) {
    Validation validation = Query.check(text);
    assertThat(validation).isNotNull();
    assertThat(validation.source()).isEqualTo(text);
    switch (validation) {
      case Validation.Valid valid -> QueryAssertions.assertRoundTrip(text);
      case Validation.Invalid invalid -> {
        List<Diagnostic> diagnostics = invalid.diagnostics();
        diagnostics.forEach(d -> QueryAssertions.assertWellFormed(text, d));
        assertThat(diagnostics).as("diagnostics in order")
            .isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        if (text.length() > Limits.DEFAULTS.maxQueryLength()) {
          assertThat(diagnostics).extracting(Diagnostic::code).containsExactly(DiagnosticCode.QUERY_TOO_LONG);
        }
      }
    }
  }

  /** The text with control, format and surrogate characters as {@code \\uXXXX}, shortened. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(text.length(), 400); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean plain = c >= ' ' && type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE;
      out.append(plain ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return text.length() > 400 ? out + "…" : out.toString();
  }
}
