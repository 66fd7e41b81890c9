package org.segmentum.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The legacy function form {@code f(a: 1, b: (2, 3)) = true}, normalised to {@code f MATCHES (...)}
 * (LANGUAGE.md §3): {@code count_at_least: N} is {@code count >= N}; {@code date: d} is {@code date >= d};
 * {@code date: (d1, d2)} is {@code date BETWEEN d1 AND d2}; {@code coordinates: (lat, lng)} is
 * {@code coordinates = (lat, lng)}; any other list is {@code IN}; {@code = false} and {@code != true}
 * are {@code NOT MATCHES}.
 */
final class LegacyCall {
  private LegacyCall() {
  }

  /** Parses from the opening parenthesis after the function name; null after a reported problem. */
  static Test parse(Parser parser) {
    int open = parser.index();
    parser.next();
    List<Param> params = new ArrayList<>();
    boolean ok = true;
    if (!parser.peek().is(TokenKind.RPAREN)) {
      do {
        Param param = argument(parser);
        if (param == null) {
          ok = false;
          parser.skipInsideList();
        } else {
          params.add(param);
        }
      } while (parser.acceptComma());
    }
    if (!parser.peek().is(TokenKind.RPAREN)) {
      if (ok) {
        parser.expected(parser.peek(), "',' or ')'", "");
      }
      parser.skipPast(open);
      return null;
    }
    parser.next();
    if (!ok) {
      return null;
    }
    Token operator = parser.peek();
    if (!operator.is(TokenKind.CMP) || (operator.value() != Cmp.EQ && operator.value() != Cmp.NE)) {
      parser.expected(operator, "= true or = false", "");
      return null;
    }
    parser.next();
    Token truth = parser.peek();
    if (!truth.is(TokenKind.TRUE) && !truth.is(TokenKind.FALSE)) {
      parser.expected(truth, "true or false", "");
      return null;
    }
    parser.next();
    boolean matchesWhen = (operator.value() == Cmp.EQ) == truth.is(TokenKind.TRUE);
    return new Test.Matches(!matchesWhen, params);
  }

  private static Param argument(Parser parser) {
    Token name = parser.peek();
    if (!name.is(TokenKind.NAME)) {
      parser.expected(name, "a parameter name", "");
      return null;
    }
    parser.next();
    if (!parser.expect(TokenKind.COLON, "':'")) {
      return null;
    }
    Token colon = parser.previous();
    Value value = parser.value(name.text());
    if (value == null) {
      return null;
    }
    Span span = new Span(name.start(), parser.previous().end());
    ParamTest test = switch (name.text()) {
      case "count_at_least" -> new Test.Compare(Cmp.GE, value);
      case "date" -> date(parser, value);
      case "coordinates" -> new Test.Compare(Cmp.EQ, value);
      default -> value instanceof Value.Tuple tuple ? new ParamTest.In(false, tuple.values())
          : new Test.Compare(Cmp.EQ, value);
    };
    if (test == null) {
      return null;
    }
    String paramName = name.text().equals("count_at_least") ? "count" : name.text();
    return new Param(paramName, test, name.span(), colon.span(), span);
  }

  private static ParamTest date(Parser parser, Value value) {
    if (!(value instanceof Value.Tuple tuple)) {
      return new Test.Compare(Cmp.GE, value);
    }
    if (tuple.values().size() != 2) {
      parser.report(DiagnosticCode.INVALID_VALUE, tuple.span(),
          "date takes one date (on or after) or two dates (from, to), such as (2024-01-01, 2024-01-31).");
      return null;
    }
    return new Test.Between(tuple.values().get(0), tuple.values().get(1));
  }
}
