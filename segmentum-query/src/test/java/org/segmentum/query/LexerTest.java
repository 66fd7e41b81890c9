package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of LANGUAGE.md §2 at the token level, and how offsets become lines and columns. */
class LexerTest {

  @Test
  void keywordsIgnoreCaseButOnlyWholeWords() {
    assertThat(kinds("AND and And aNd NOT not NOTE notcontains ANDROID IN in_stock"))
        .containsExactly("AND", "AND", "AND", "AND", "NOT", "NOT", "NAME", "NAME", "NAME", "IN", "NAME", "EOF");
  }

  @Test
  void namesHaveDottedSegments() {
    assertThat(texts("shopify_email.opened metafields.loyalty.points a. b.1"))
        .containsExactly("shopify_email.opened", "metafields.loyalty.points", "a", ".", "b.1", "");
  }

  @Test
  void numbers() {
    List<Token> tokens = tokens("0 -5 1.50 -0.5 1. .5 007");
    assertThat(tokens).extracting(t -> t.kind().name() + " " + t.text()).containsExactly("INTEGER 0", "INTEGER -5",
        "DECIMAL 1.50", "DECIMAL -0.5", "INTEGER 1", "ERROR .", "ERROR .", "INTEGER 5", "INTEGER 007", "EOF ");
    assertThat(tokens.get(2).value()).isEqualTo(new BigDecimal("1.50"));
    assertThat(tokens.get(8).value()).isEqualTo(7L);
  }

  @Test
  void datesDateTimesOffsetsAndNamedDates() {
    List<Token> tokens = tokens("2024-02-29 2024-02-29T23:59:59 -30d +2w -3m -1y -0d 7_days_ago 12_MONTHS_AGO today");
    assertThat(tokens).extracting(Token::value).containsExactly(LocalDate.of(2024, 2, 29),
        LocalDateTime.of(2024, 2, 29, 23, 59, 59), offset(-30, Value.DateUnit.DAY), offset(2, Value.DateUnit.WEEK),
        offset(-3, Value.DateUnit.MONTH), offset(-1, Value.DateUnit.YEAR), offset(0, Value.DateUnit.DAY),
        offset(-7, Value.DateUnit.DAY), offset(-12, Value.DateUnit.MONTH), null, null);
    assertThat(kinds("-30d 7_days_ago today")).containsExactly("OFFSET", "LEGACY_DATE", "NAME", "EOF");
  }

  @Test
  void stringsUnescape() {
    assertThat(tokens("'it\\'s' 'a\\\\b' '' '日本 😀'")).extracting(Token::value)
        .containsExactly("it's", "a\\b", "", "日本 😀", null);
  }

  @Test
  void operatorsAndPunctuation() {
    assertThat(tokens("= != > >= < <= ( ) , : !")).extracting(Token::value).containsExactly(Cmp.EQ, Cmp.NE, Cmp.GT,
        Cmp.GE, Cmp.LT, Cmp.LE, null, null, null, null, null, null);
    assertThat(kinds("a>=1")).containsExactly("NAME", "CMP", "INTEGER", "EOF");
  }

  @Test
  void whitespaceIsSpacesTabsAndLineBreaks() {
    assertThat(kinds(" \t\r\n amount_spent\t>\r\n1 \n")).containsExactly("NAME", "CMP", "INTEGER", "EOF");
    assertThat(tokens("a  ").get(1).start()).isEqualTo(3);
  }

  @Test
  void linesAndColumns() {
    assertThat(firstPosition("amount_spent > 1\r\nAND foo = 1")).isEqualTo("2:5");
    assertThat(firstPosition("amount_spent > 1\rAND foo = 1")).isEqualTo("2:5");
    assertThat(firstPosition("amount_spent > 1\n\nAND foo = 1")).isEqualTo("3:5");
    assertThat(firstPosition("\tfoo = 1")).isEqualTo("1:2");
    // columns count UTF-16 units, as browser editors do: the emoji is two
    assertThat(firstPosition("customer_tags CONTAINS '😀' AND foo = 1")).isEqualTo("1:33");
  }

  private static String firstPosition(String query) {
    Diagnostic d = Query.check(query).diagnostics().get(0);
    return d.line() + ":" + d.column();
  }

  private static Value.DateOffset offset(int amount, Value.DateUnit unit) {
    return new Value.DateOffset(amount, unit, Span.NONE);
  }

  private static List<Token> tokens(String text) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Token> tokens = Lexer.tokenize(new SourceText(text), diagnostics);
    assertThat(diagnostics).as("diagnostics of %s", text).isEmpty();
    return tokens;
  }

  private static List<String> kinds(String text) {
    return tokens(text).stream().map(t -> t.kind().name()).toList();
  }

  private static List<String> texts(String text) {
    return tokens(text).stream().map(Token::text).toList();
  }
}
