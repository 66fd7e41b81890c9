package org.segmentum.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of LANGUAGE.md §3 with error recovery: after a problem it skips past the
 * closing parenthesis of a broken list or MATCHES, if it has one, then to the next AND, OR or closing
 * parenthesis at the same level (or the next parameter inside MATCHES) and goes on, so independent
 * problems are all reported. Depth is bounded by {@link Limits#maxDepth()} and lists do not nest, so
 * the recursion is too; every token is looked at a bounded number of times, so time is linear.
 *
 * <p>The parser checks shape only; names and types are the {@link Checker}'s. It records the subject
 * of every clause it starts, complete or not, so that unknown names are reported even in broken clauses,
 * and every complete clause, so that its types are checked too.
 */
final class Parser {
  /** Thrown to stop at the depth limit; never leaves this class. */
  private static final class TooDeep extends RuntimeException {
    TooDeep() {
      super(null, null, false, false);
    }
  }

  private final SourceText source;
  private final List<Token> tokens;
  private final Limits limits;
  private final List<Diagnostic> diagnostics;
  /** For each '(' token, the index of its matching ')' token, or -1 when it is not closed. */
  private final int[] closing;
  private final List<Subject> subjects = new ArrayList<>();
  private final List<Expr.Clause> complete = new ArrayList<>();
  private int index;
  private int clauses;
  private boolean listLimitReported;

  private Parser(SourceText source, List<Token> tokens, Limits limits, List<Diagnostic> diagnostics) {
    this.source = source;
    this.tokens = tokens;
    this.limits = limits;
    this.diagnostics = diagnostics;
    this.closing = closing(tokens);
  }

  private static int[] closing(List<Token> tokens) {
    int[] closing = new int[tokens.size()];
    int[] open = new int[tokens.size()];
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      closing[i] = -1;
      if (tokens.get(i).is(TokenKind.LPAREN)) {
        open[depth++] = i;
      } else if (tokens.get(i).is(TokenKind.RPAREN) && depth > 0) {
        closing[open[--depth]] = i;
      }
    }
    return closing;
  }

  /**
   * What parsing found: the tree when the text had no syntax problem, every clause subject seen, and
   * every clause that was complete, so that their types are checked even when the tree is broken.
   */
  record Result(Expr expr, List<Subject> subjects, List<Expr.Clause> clauses) {
  }

  static Result parse(SourceText source, List<Token> tokens, Limits limits, List<Diagnostic> diagnostics) {
    Parser parser = new Parser(source, tokens, limits, diagnostics);
    Expr expr = parser.query();
    return new Result(expr, List.copyOf(parser.subjects), List.copyOf(parser.complete));
  }

  private Expr query() {
    if (peek().is(TokenKind.EOF)) {
      report(DiagnosticCode.EMPTY_QUERY, peek().span(), "Query is empty. Enter a condition, such as amount_spent > 100.");
      return null;
    }
    int before = diagnostics.size();
    Expr expr;
    try {
      expr = or(0);
      while (!peek().is(TokenKind.EOF)) {
        unexpected(peek(), "");
        next();
        skipToBoundary();
        if (peek().is(TokenKind.AND) || peek().is(TokenKind.OR)) {
          next();
          or(0);
        }
      }
    } catch (TooDeep e) {
      return null;
    }
    return diagnostics.size() == before ? expr : null;
  }

  private Expr or(int depth) {
    int start = peek().start();
    List<Expr> operands = new ArrayList<>();
    add(operands, and(depth));
    while (peek().is(TokenKind.OR)) {
      next();
      add(operands, and(depth));
    }
    return combine(operands, start, false);
  }

  private Expr and(int depth) {
    int start = peek().start();
    List<Expr> operands = new ArrayList<>();
    add(operands, unary(depth));
    while (peek().is(TokenKind.AND)) {
      next();
      add(operands, unary(depth));
    }
    return combine(operands, start, true);
  }

  private static void add(List<Expr> operands, Expr operand) {
    operands.add(operand);
  }

  private Expr combine(List<Expr> operands, int start, boolean and) {
    if (operands.contains(null)) {
      return null;
    }
    if (operands.size() == 1) {
      return operands.get(0);
    }
    List<Expr> flat = new ArrayList<>();
    for (Expr operand : operands) {
      if (and && operand instanceof Expr.And inner) {
        flat.addAll(inner.operands());
      } else if (!and && operand instanceof Expr.Or inner) {
        flat.addAll(inner.operands());
      } else {
        flat.add(operand);
      }
    }
    Span span = new Span(start, previous().end());
    return and ? new Expr.And(flat, span) : new Expr.Or(flat, span);
  }

  private Expr unary(int depth) {
    Token token = peek();
    if (token.is(TokenKind.NOT)) {
      enter(depth, token);
      next();
      Expr operand = unary(depth + 1);
      return operand == null ? null : new Expr.Not(operand, new Span(token.start(), previous().end()));
    }
    return primary(depth);
  }

  private Expr primary(int depth) {
    Token token = peek();
    if (token.is(TokenKind.LPAREN)) {
      enter(depth, token);
      next();
      Expr inner = or(depth + 1);
      if (!peek().is(TokenKind.RPAREN)) {
        if (inner != null) {
          missingClose(token);
        }
        skipToBoundary();
        if (peek().is(TokenKind.RPAREN)) {
          next();
        }
        return null;
      }
      next();
      return inner;
    }
    if (token.is(TokenKind.NAME)) {
      return clause();
    }
    if (token.is(TokenKind.EOF)) {
      report(DiagnosticCode.UNEXPECTED_END, token.span(), "Query ends too early. Add a condition after '"
          + previous().text() + "'.");
    } else {
      unexpected(token, "");
      next();
    }
    skipToBoundary();
    return null;
  }

  private void enter(int depth, Token token) {
    if (depth + 1 > limits.maxDepth()) {
      report(DiagnosticCode.NESTED_TOO_DEEPLY, token.span(),
          "Query is nested too deeply (maximum is " + limits.maxDepth() + ")");
      throw new TooDeep();
    }
  }

  private Expr clause() {
    Token name = next();
    if (++clauses == limits.maxClauses() + 1) {
      report(DiagnosticCode.TOO_MANY_CLAUSES, name.span(), "Too many clauses (maximum is " + limits.maxClauses() + ")");
    }
    if (name.text().equals("anniversary") && peek().is(TokenKind.LPAREN)) {
      return anniversary(name);
    }
    Subject subject = new Subject.Filter(name.text(), name.span());
    subjects.add(subject);
    int operatorIndex = index;
    Token operator = peek();
    Test test = switch (operator.kind()) {
      case CMP -> {
        next();
        Value value = value(name.text());
        yield value == null ? null : new Test.Compare((Cmp) operator.value(), value);
      }
      case BETWEEN -> between(name.text());
      case CONTAINS -> contains(false);
      case IS -> isNull();
      case MATCHES -> matches(false);
      case NOT -> negatedOperator(name.text());
      case LPAREN -> LegacyCall.parse(this);
      default -> {
        expectedOperator(name);
        yield null;
      }
    };
    if (test == null) {
      skipToBoundary();
      return null;
    }
    return complete(new Expr.Clause(subject, test, operatorSpan(operatorIndex),
        new Span(name.start(), previous().end())));
  }

  private Expr.Clause complete(Expr.Clause clause) {
    complete.add(clause);
    return clause;
  }

  /** The span of the operator starting at that token: one token, or NOT CONTAINS, IS NOT NULL and the like. */
  private Span operatorSpan(int at) {
    Token first = tokens.get(at);
    Token last = first;
    if (first.is(TokenKind.NOT) || first.is(TokenKind.IS)) {
      for (int i = at + 1; i < tokens.size() && i <= at + 2; i++) {
        Token t = tokens.get(i);
        if (t.is(TokenKind.NOT) || t.is(TokenKind.NULL) || t.is(TokenKind.CONTAINS) || t.is(TokenKind.MATCHES)) {
          last = t;
        } else {
          break;
        }
      }
    }
    return new Span(first.start(), last.end());
  }

  private Test negatedOperator(String subjectName) {
    next();
    Token after = peek();
    if (after.is(TokenKind.CONTAINS)) {
      return contains(true);
    }
    if (after.is(TokenKind.MATCHES)) {
      return matches(true);
    }
    expected(after, "CONTAINS or MATCHES", subjectName);
    return null;
  }

  private Test between(String subjectName) {
    next();
    Value low = value(subjectName);
    if (low == null) {
      return null;
    }
    if (!expect(TokenKind.AND, "AND")) {
      return null;
    }
    Value high = value(subjectName);
    return high == null ? null : new Test.Between(low, high);
  }

  private Test contains(boolean negated) {
    next();
    Value value = value("CONTAINS");
    return value == null ? null : new Test.Contains(negated, value);
  }

  private Test isNull() {
    next();
    boolean negated = false;
    if (peek().is(TokenKind.NOT)) {
      next();
      negated = true;
    }
    return expect(TokenKind.NULL, "NULL") ? new Test.IsNull(negated) : null;
  }

  private Test matches(boolean negated) {
    next();
    int open = index;
    if (!expect(TokenKind.LPAREN, "(")) {
      return null;
    }
    List<Param> params = new ArrayList<>();
    boolean ok = true;
    if (!peek().is(TokenKind.RPAREN)) {
      do {
        Param param = param();
        if (param == null) {
          ok = false;
          skipInsideList();
        } else {
          params.add(param);
        }
      } while (acceptComma());
    }
    if (!peek().is(TokenKind.RPAREN)) {
      if (ok) {
        expected(peek(), "',' or ')'", "");
      }
      skipPast(open);
      return null;
    }
    next();
    return ok ? new Test.Matches(negated, params) : null;
  }

  private Param param() {
    Token name = peek();
    if (!name.is(TokenKind.NAME)) {
      expected(name, "a parameter name", "");
      return null;
    }
    next();
    int operatorIndex = index;
    Token operator = peek();
    ParamTest test = switch (operator.kind()) {
      case CMP -> {
        next();
        Value value = value(name.text());
        yield value == null ? null : new Test.Compare((Cmp) operator.value(), value);
      }
      case BETWEEN -> (ParamTest) between(name.text());
      case IN -> in(false);
      case NOT -> {
        next();
        if (peek().is(TokenKind.IN)) {
          yield in(true);
        }
        expected(peek(), "IN", "");
        yield null;
      }
      default -> {
        expected(operator, "an operator", "");
        yield null;
      }
    };
    if (test == null) {
      return null;
    }
    Span operatorSpan = operator.is(TokenKind.NOT) ? operator.span().to(tokens.get(operatorIndex + 1).span())
        : operator.span();
    return new Param(name.text(), test, name.span(), operatorSpan, new Span(name.start(), previous().end()));
  }

  private ParamTest in(boolean negated) {
    next();
    List<Value> values = valueList();
    return values == null ? null : new ParamTest.In(negated, values);
  }

  /** {@code '(' value (',' value)* ')'}, with the list limit. */
  List<Value> valueList() {
    int open = index;
    if (!expect(TokenKind.LPAREN, "(")) {
      return null;
    }
    List<Value> values = new ArrayList<>();
    do {
      Token first = peek();
      Value value = scalar("");
      if (value == null) {
        skipPast(open);
        return null;
      }
      values.add(value);
      if (values.size() == limits.maxListValues() + 1 && !listLimitReported) {
        listLimitReported = true;
        report(DiagnosticCode.TOO_MANY_VALUES, first.span(),
            "Too many values in list (maximum is " + limits.maxListValues() + ")");
      }
    } while (acceptComma());
    if (expect(TokenKind.RPAREN, "')'")) {
      return values;
    }
    skipPast(open);
    return null;
  }

  private Expr anniversary(Token name) {
    int open = index;
    next();
    Token argument = peek();
    if (argument.is(TokenKind.NAME) && argument.text().equals("date")) {
      next();
      if (!expect(TokenKind.COLON, "':'")) {
        return skipArgument(open);
      }
      argument = peek();
    }
    if (!argument.is(TokenKind.STRING)) {
      expected(argument, "the attribute in quotes, such as 'birth_date'", "");
      return skipArgument(open);
    }
    next();
    Subject subject = new Subject.Anniversary((String) argument.value(), new Span(name.start(), argument.end()));
    subjects.add(subject);
    if (!expect(TokenKind.RPAREN, "')'")) {
      return skipArgument(open);
    }
    int operatorIndex = index;
    Token operator = peek();
    Test test = switch (operator.kind()) {
      case CMP -> {
        next();
        Value value = value("anniversary");
        yield value == null ? null : new Test.Compare((Cmp) operator.value(), value);
      }
      case BETWEEN -> between("anniversary");
      case IS -> isNull();
      default -> {
        expected(operator, "=, !=, BETWEEN or IS", "");
        yield null;
      }
    };
    if (test == null) {
      skipToBoundary();
      return null;
    }
    return complete(new Expr.Clause(subject, test, operatorSpan(operatorIndex),
        new Span(name.start(), previous().end())));
  }

  /** After a broken anniversary argument: skips past its closing parenthesis, then to the next boundary. */
  private Expr skipArgument(int open) {
    skipPast(open);
    skipToBoundary();
    return null;
  }

  /** One value; a parenthesised list of values becomes a {@link Value.Tuple}. */
  Value value(String after) {
    Token token = peek();
    if (token.is(TokenKind.LPAREN)) {
      List<Value> values = valueList();
      return values == null ? null : new Value.Tuple(values, new Span(token.start(), previous().end()));
    }
    return scalar(after);
  }

  /** One value that is not a list: lists do not nest, which also keeps the recursion bounded. */
  private Value scalar(String after) {
    Token token = peek();
    Value value = switch (token.kind()) {
      case STRING -> new Value.Text((String) token.value(), token.span());
      case INTEGER -> new Value.Whole((Long) token.value(), token.span());
      case DECIMAL -> new Value.Decimal((java.math.BigDecimal) token.value(), token.span());
      case DATE -> new Value.CalendarDate((java.time.LocalDate) token.value(), token.span());
      case DATE_TIME -> new Value.DateTime((java.time.LocalDateTime) token.value(), token.span());
      case OFFSET, LEGACY_DATE -> {
        Value.DateOffset offset = (Value.DateOffset) token.value();
        yield new Value.DateOffset(offset.amount(), offset.unit(), token.span());
      }
      case TRUE, FALSE -> new Value.Bool(token.is(TokenKind.TRUE), token.span());
      case NAME -> namedDate(token);
      default -> null;
    };
    if (value == null) {
      if (token.is(TokenKind.NULL)) {
        report(DiagnosticCode.UNEXPECTED_TOKEN, token.span(),
            "'" + token.text() + "' is unexpected. Use IS NULL or IS NOT NULL to test for a missing value.");
      } else {
        expected(token, "a value", after);
      }
      return null;
    }
    next();
    return value;
  }

  private static Value namedDate(Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "today" -> new Value.NamedDate(Value.NamedDay.TODAY, token.span());
      case "yesterday" -> new Value.NamedDate(Value.NamedDay.YESTERDAY, token.span());
      default -> null;
    };
  }

  // ---- token access and recovery, shared with LegacyCall ----

  /** The position of the next token, for {@link #skipPast}. */
  int index() {
    return index;
  }

  Token peek() {
    return tokens.get(index);
  }

  Token next() {
    Token token = tokens.get(index);
    if (!token.is(TokenKind.EOF)) {
      index++;
    }
    return token;
  }

  Token previous() {
    return tokens.get(Math.max(0, index - 1));
  }

  boolean acceptComma() {
    if (peek().is(TokenKind.COMMA)) {
      next();
      return true;
    }
    return false;
  }

  boolean expect(TokenKind kind, String what) {
    if (peek().is(kind)) {
      next();
      return true;
    }
    expected(peek(), what, "");
    return false;
  }

  /**
   * After a problem inside the parentheses opened by the token at {@code open}: skips past their closing
   * parenthesis, so that it is not reported again as unexpected. Does nothing when they are not closed.
   */
  void skipPast(int open) {
    int close = closing[open];
    if (close >= index) {
      index = close + 1;
    }
  }

  /** Skips to the next AND or OR, or a closing parenthesis, at the current nesting level. */
  void skipToBoundary() {
    skipUntil(TokenKind.AND, TokenKind.OR);
  }

  /** Inside a MATCHES or call list: skips to the next comma or the closing parenthesis. */
  void skipInsideList() {
    skipUntil(TokenKind.COMMA, TokenKind.COMMA);
  }

  /** Skips to a token of either kind, or an unmatched closing parenthesis, at the current nesting level. */
  private void skipUntil(TokenKind stop, TokenKind otherStop) {
    int level = 0;
    while (true) {
      Token token = peek();
      if (token.is(TokenKind.EOF)) {
        return;
      }
      if (token.is(TokenKind.LPAREN)) {
        level++;
      } else if (token.is(TokenKind.RPAREN)) {
        if (level == 0) {
          return;
        }
        level--;
      } else if (level == 0 && (token.is(stop) || token.is(otherStop))) {
        return;
      }
      next();
    }
  }

  void expected(Token token, String what, String after) {
    if (token.is(TokenKind.EOF)) {
      String previousText = previous().text();
      report(DiagnosticCode.UNEXPECTED_END, token.span(), "Query ends too early. Expected " + what
          + (previousText.isEmpty() ? "." : " after '" + shorten(previousText) + "'."));
    } else {
      unexpected(token, "");
    }
  }

  private void expectedOperator(Token name) {
    Token token = peek();
    if (token.is(TokenKind.EOF)) {
      report(DiagnosticCode.UNEXPECTED_END, token.span(),
          "Query ends too early. Add an operator and a value after '" + shorten(name.text()) + "'.");
    } else {
      unexpected(token, "");
    }
  }

  private void missingClose(Token open) {
    Token token = peek();
    if (token.is(TokenKind.EOF)) {
      report(DiagnosticCode.UNCLOSED_PARENTHESIS, open.span(), "'(' is not closed. Add ')' to close it.");
    } else {
      unexpected(token, "");
    }
  }

  void unexpected(Token token, String hint) {
    if (token.reported()) {
      return;
    }
    // A string token's text has its quotes already.
    String shown = token.is(TokenKind.STRING) ? shorten(token.text()) : "'" + shorten(token.text()) + "'";
    report(DiagnosticCode.UNEXPECTED_TOKEN, token.span(), shown + " is unexpected." + hint);
  }

  void report(DiagnosticCode code, Span span, String message) {
    diagnostics.add(source.diagnostic(code, span, message, ""));
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
