package org.segmentum.query;

/**
 * One token. {@code text} is the raw source text; {@code value} is the decoded payload for strings
 * (unescaped), numbers, dates and operators ({@link Cmp}), else null. {@code reported} marks tokens
 * whose problem the lexer has already diagnosed, so that nobody reports it twice.
 */
record Token(TokenKind kind, String text, Object value, int start, int end, boolean reported) {
  Span span() {
    return new Span(start, end);
  }

  boolean is(TokenKind k) {
    return kind == k;
  }
}
