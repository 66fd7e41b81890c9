package org.segmentum.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text of PostgreSQL's COPY fields and of dates, character for character. */
class BulkTextTest {
  @Test
  void textIsEscapedWhereCopyWouldReadItOtherwise() {
    assertThat(field("tab\there")).isEqualTo("tab\\there");
    assertThat(field("line\nbreak\r\n")).isEqualTo("line\\nbreak\\r\\n");
    assertThat(field("\\N")).isEqualTo("\\\\N");
    assertThat(field("\\.")).isEqualTo("\\\\.");
    assertThat(field("O'Brien \"Bob\", ;|")).isEqualTo("O'Brien \"Bob\", ;|");
    assertThat(field("Zoë 東京 🎉 \u0001\u007f")).isEqualTo("Zoë 東京 🎉 \u0001\u007f");
    assertThat(field("")).isEmpty();
  }

  @Test
  void nullAndOtherValuesHaveTheirCopyNotation() {
    assertThat(field(null)).isEqualTo("\\N");
    assertThat(field(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
    assertThat(field(Integer.MAX_VALUE)).isEqualTo("2147483647");
    assertThat(field(true) + field(false)).isEqualTo("tf");
    assertThat(field(0.1)).isEqualTo("0.1");
    assertThat(field(-1.0E-300)).isEqualTo("-1.0E-300");
    assertThat(field(Double.NaN) + " " + field(Double.NEGATIVE_INFINITY)).isEqualTo("NaN -Infinity");
    assertThat(field(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
    assertThatThrownBy(() -> field(BigDecimal.ONE)).isInstanceOf(SqlException.class);
  }

  @Test
  void datesHaveFourDigitYearsOfTheEra() {
    assertThat(BulkText.date(LocalDate.of(1, 1, 1), " BC")).isEqualTo("0001-01-01");
    assertThat(BulkText.date(LocalDate.of(9999, 12, 31), " BC")).isEqualTo("9999-12-31");
    assertThat(BulkText.date(LocalDate.of(12345, 6, 7), " BC")).isEqualTo("12345-06-07");
    assertThat(BulkText.date(LocalDate.of(0, 3, 1), " BC")).isEqualTo("0001-03-01 BC");
    assertThat(BulkText.date(LocalDate.of(-43, 3, 15), " (BC)")).isEqualTo("0044-03-15 (BC)");
  }

  private static String field(Object value) {
    StringBuilder out = new StringBuilder();
    BulkText.appendCopyField(out, value);
    return out.toString();
  }
}
