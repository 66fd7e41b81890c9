package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DecimalText} accepts exactly {@code -?[0-9]+(\.[0-9]+)?} and gives {@code new BigDecimal(text)}. */
class DecimalTextTest {
  private static final Pattern PLAIN = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final long SEED = 129_90L;

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "0.00", "-0.00", "129.90", "007.50", "1", "-1", "123456789012345678",
      "1234567890123456789", "999999999999999999.9", "-9223372036854775808", "9223372036854775807",
      "12345678901234567890.12", "0.000000000000000001", "", "-", ".", "1.", ".5", "-.5", "1e5", "1E5", "+1",
      "12,50", "1.2.3", " 1", "1 ", "--1", "1-", "x", "\u0661"})
  void agreesWithTheRegexAndBigDecimal(String text) {
    assertAgrees(new DecimalText(14), text);
  }

  @Test
  void agreesOnRandomTexts() {
    Random random = new Random(SEED);
    DecimalText decimals = new DecimalText(2);
    String alphabet = "0123456789012345678901234567890123456789.-e+ ";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(random.nextInt(10) == 0 ? 30 : 8);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertAgrees(decimals, text.toString());
    }
  }

  @Test
  void sharesEqualValues() {
    DecimalText decimals = new DecimalText(14);
    char[] text = "43.85 43.85 43.850".toCharArray();

    BigDecimal first = decimals.parse(text, 0, 5);

    assertThat(decimals.parse(text, 6, 5)).isSameAs(first);
    assertThat(decimals.parse(text, 12, 6)).isNotEqualTo(first).isEqualTo(new BigDecimal("43.850"));
  }

  private static void assertAgrees(DecimalText decimals, String text) {
    BigDecimal expected = PLAIN.matcher(text).matches() ? new BigDecimal(text) : null;
    char[] padded = ("#" + text + "#").toCharArray();

    BigDecimal actual = decimals.parse(padded, 1, text.length());

    assertThat(actual).as("seed %d, text \"%s\"", SEED, text).isEqualTo(expected);
    if (expected != null) {
      assertThat(actual.scale()).isEqualTo(expected.scale());
      assertThat(actual.toString()).isEqualTo(expected.toString());
    }
  }
}
