package org.segmentum.query;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns query text into tokens (LANGUAGE.md §2). Never throws on input: problems become diagnostics,
 * or {@link TokenKind#ERROR} tokens that the parser reports. One pass, linear in the text's length.
 */
final class Lexer {
  /** Largest magnitude of a date offset, so that every offset resolves to a representable date. */
  static final int MAX_OFFSET = 100_000;

  private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
      Map.entry("AND", TokenKind.AND), Map.entry("OR", TokenKind.OR), Map.entry("NOT", TokenKind.NOT),
      Map.entry("BETWEEN", TokenKind.BETWEEN), Map.entry("CONTAINS", TokenKind.CONTAINS),
      Map.entry("MATCHES", TokenKind.MATCHES), Map.entry("IN", TokenKind.IN), Map.entry("IS", TokenKind.IS),
      Map.entry("NULL", TokenKind.NULL), Map.entry("TRUE", TokenKind.TRUE), Map.entry("FALSE", TokenKind.FALSE));

  private static final Map<String, Value.DateOffset> LEGACY_DATES = Map.of(
      "7_days_ago", new Value.DateOffset(-7, Value.DateUnit.DAY, Span.NONE),
      "30_days_ago", new Value.DateOffset(-30, Value.DateUnit.DAY, Span.NONE),
      "90_days_ago", new Value.DateOffset(-90, Value.DateUnit.DAY, Span.NONE),
      "12_months_ago", new Value.DateOffset(-12, Value.DateUnit.MONTH, Span.NONE));

  private final SourceText source;
  private final String text;
  private final List<Diagnostic> diagnostics;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Lexer(SourceText source, List<Diagnostic> diagnostics) {
    this.source = source;
    this.text = source.text();
    this.diagnostics = diagnostics;
  }

  /** All tokens of the text, ending with {@link TokenKind#EOF}; problems are added to diagnostics. */
  static List<Token> tokenize(SourceText source, List<Diagnostic> diagnostics) {
    Lexer lexer = new Lexer(source, diagnostics);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (true) {
      skipWhitespace();
      if (pos >= text.length()) {
        tokens.add(new Token(TokenKind.EOF, "", null, pos, pos, false));
        return;
      }
      int start = pos;
      char c = text.charAt(pos);
      if (isWordStart(c)) {
        word(start);
      } else if (isDigit(c) || ((c == '-' || c == '+') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
        numeric(start);
      } else if (c == '\'') {
        string(start);
      } else if (c == '"') {
        doubleQuoted(start);
      } else {
        punctuation(start, c);
      }
    }
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void word(int start) {
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isWordPart(c)) {
        pos++;
      } else if (c == '.' && pos + 1 < text.length() && isWordPart(text.charAt(pos + 1))) {
        pos += 2;
      } else {
        break;
      }
    }
    String word = text.substring(start, pos);
    TokenKind keyword = word.length() <= 8 ? KEYWORDS.get(word.toUpperCase(Locale.ROOT)) : null;
    add(keyword != null ? keyword : TokenKind.NAME, start, null, false);
  }

  private void numeric(int start) {
    char sign = text.charAt(pos);
    if (sign == '-' || sign == '+') {
      pos++;
    } else {
      sign = 0;
    }
    int digitsStart = pos;
    skipDigits();
    if (sign == 0 && pos - digitsStart == 4 && pos + 1 < text.length() && text.charAt(pos) == '-'
        && isDigit(text.charAt(pos + 1))) {
      date(start);
      return;
    }
    if (pos < text.length() && isWordPart(text.charAt(pos))) {
      wordAfterDigits(start, sign, digitsStart);
      return;
    }
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
      pos++;
      skipDigits();
      number(start, sign, true);
      return;
    }
    number(start, sign, false);
  }

  private void number(int start, char sign, boolean decimal) {
    String raw = text.substring(start, pos);
    if (sign == '+') {
      error(start, DiagnosticCode.INVALID_NUMBER, "'" + raw + "' is not a valid number. Leave out the '+'.");
      return;
    }
    if (decimal) {
      add(TokenKind.DECIMAL, start, new BigDecimal(raw), false);
      return;
    }
    try {
      add(TokenKind.INTEGER, start, Long.parseLong(raw), false);
    } catch (NumberFormatException e) {
      error(start, DiagnosticCode.INVALID_NUMBER, raw + " is too large.");
    }
  }

  private void wordAfterDigits(int start, char sign, int digitsStart) {
    int digitsEnd = pos;
    while (pos < text.length() && isWordPart(text.charAt(pos))) {
      pos++;
    }
    String raw = text.substring(start, pos);
    boolean offsetShape = pos == digitsEnd + 1 && "dwmy".indexOf(text.charAt(digitsEnd)) >= 0;
    if (offsetShape && sign != 0) {
      offset(start, sign, digitsStart, digitsEnd);
    } else if (offsetShape) {
      error(start, DiagnosticCode.INVALID_OFFSET,
          "'" + raw + "' is not a valid date offset. Use -" + raw + " for the past or +" + raw + " for the future.");
    } else if (sign == 0 && LEGACY_DATES.containsKey(raw.toLowerCase(Locale.ROOT))) {
      Value.DateOffset legacy = LEGACY_DATES.get(raw.toLowerCase(Locale.ROOT));
      add(TokenKind.LEGACY_DATE, start, legacy, false);
    } else {
      add(TokenKind.ERROR, start, null, false);
    }
  }

  private void offset(int start, char sign, int digitsStart, int digitsEnd) {
    String raw = text.substring(start, pos);
    String digits = text.substring(digitsStart, digitsEnd);
    long amount = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (amount > MAX_OFFSET) {
      error(start, DiagnosticCode.INVALID_OFFSET, "'" + raw + "' is too far away (at most " + MAX_OFFSET + ").");
      return;
    }
    int signed = (int) (sign == '-' ? -amount : amount);
    add(TokenKind.OFFSET, start,
        new Value.DateOffset(signed, Value.DateUnit.ofLetter(text.charAt(digitsEnd)), Span.NONE), false);
  }

  private void date(int start) {
    // yyyy-m-d shapes are taken whole so that the message names the full text.
    pos++;
    int monthStart = pos;
    skipDigits();
    int monthEnd = pos;
    int dayStart = -1;
    int dayEnd = -1;
    if (pos + 1 < text.length() && text.charAt(pos) == '-' && isDigit(text.charAt(pos + 1))) {
      pos++;
      dayStart = pos;
      skipDigits();
      dayEnd = pos;
    }
    boolean timePart = pos < text.length() && text.charAt(pos) == 'T' && dayStart >= 0;
    int timeStart = pos + 1;
    if (timePart) {
      pos++;
      while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == ':')) {
        pos++;
      }
    }
    String raw = text.substring(start, pos);
    if (dayStart < 0 || monthEnd - monthStart != 2 || dayEnd - dayStart != 2) {
      error(start, DiagnosticCode.INVALID_DATE, raw + " is not a valid date. Use yyyy-mm-dd.");
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(text.substring(start, start + 4)),
          Integer.parseInt(text.substring(monthStart, monthEnd)), Integer.parseInt(text.substring(dayStart, dayEnd)));
    } catch (DateTimeException e) {
      error(start, DiagnosticCode.INVALID_DATE, text.substring(start, dayEnd) + " is not a valid date.");
      return;
    }
    if (!timePart) {
      add(TokenKind.DATE, start, date, false);
      return;
    }
    LocalTime time = time(text.substring(timeStart, pos));
    if (time == null) {
      error(start, DiagnosticCode.INVALID_DATE, raw + " is not a valid date and time. Use yyyy-mm-ddThh:mm:ss.");
      return;
    }
    add(TokenKind.DATE_TIME, start, LocalDateTime.of(date, time), false);
  }

  private static LocalTime time(String hms) {
    if (hms.length() != 8 || hms.charAt(2) != ':' || hms.charAt(5) != ':') {
      return null;
    }
    try {
      return LocalTime.of(Integer.parseInt(hms.substring(0, 2)), Integer.parseInt(hms.substring(3, 5)),
          Integer.parseInt(hms.substring(6, 8)));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  private void string(int start) {
    pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\'') {
        pos++;
        add(TokenKind.STRING, start, value.toString(), false);
        return;
      }
      if (c == '\\') {
        escape(value);
      } else {
        value.append(c);
        pos++;
      }
    }
    diagnostics.add(source.diagnostic(DiagnosticCode.UNCLOSED_STRING, new Span(start, pos),
        "Text starting here is not closed. Add ' at its end.", ""));
    add(TokenKind.STRING, start, value.toString(), true);
  }

  private void escape(StringBuilder value) {
    int at = pos;
    if (pos + 1 < text.length() && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '\\')) {
      value.append(text.charAt(pos + 1));
      pos += 2;
      return;
    }
    int end = pos + 1 < text.length() ? pos + 1 + Character.charCount(text.codePointAt(pos + 1)) : pos + 1;
    diagnostics.add(source.diagnostic(DiagnosticCode.INVALID_ESCAPE, new Span(at, end),
        "'" + text.substring(at, end) + "' is not a valid escape. Use \\' for a quote or \\\\ for a backslash.", ""));
    value.append(text, at, end);
    pos = end;
  }

  private void doubleQuoted(int start) {
    int close = text.indexOf('"', start + 1);
    pos = close < 0 ? text.length() : close + 1;
    String raw = text.substring(start, pos);
    String inner = raw.length() >= 2 && close >= 0 ? raw.substring(1, raw.length() - 1) : raw.substring(1);
    String suggestion = "'" + inner.replace("\\", "\\\\").replace("'", "\\'") + "'";
    String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    error(start, DiagnosticCode.UNEXPECTED_TOKEN,
        shown + " is unexpected. Put text in single quotes: " + (suggestion.length() > 42 ? "'…'" : suggestion) + ".");
  }

  private void punctuation(int start, char c) {
    switch (c) {
      case '(' -> single(TokenKind.LPAREN, null);
      case ')' -> single(TokenKind.RPAREN, null);
      case ',' -> single(TokenKind.COMMA, null);
      case ':' -> single(TokenKind.COLON, null);
      case '=' -> single(TokenKind.CMP, Cmp.EQ);
      case '>' -> comparison(Cmp.GT, Cmp.GE);
      case '<' -> comparison(Cmp.LT, Cmp.LE);
      case '!' -> {
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
          pos += 2;
          add(TokenKind.CMP, start, Cmp.NE, false);
        } else {
          single(TokenKind.ERROR, null);
        }
      }
      default -> {
        pos += Character.charCount(text.codePointAt(pos));
        add(TokenKind.ERROR, start, null, false);
      }
    }
  }

  private void comparison(Cmp plain, Cmp withEquals) {
    int start = pos;
    if (pos + 1 < text.length() && text.charAt(pos + 1) == '=') {
      pos += 2;
      add(TokenKind.CMP, start, withEquals, false);
    } else {
      pos++;
      add(TokenKind.CMP, start, plain, false);
    }
  }

  private void single(TokenKind kind, Object value) {
    pos++;
    add(kind, pos - 1, value, false);
  }

  private void error(int start, DiagnosticCode code, String message) {
    diagnostics.add(source.diagnostic(code, new Span(start, pos), message, ""));
    add(TokenKind.ERROR, start, null, true);
  }

  private void add(TokenKind kind, int start, Object value, boolean reported) {
    tokens.add(new Token(kind, text.substring(start, pos), value, start, pos, reported));
  }

  private void skipDigits() {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c);
  }
}
