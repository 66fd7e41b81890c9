package org.segmentum.query;

/** Kinds of tokens the lexer produces. */
enum TokenKind {
  NAME, AND, OR, NOT, BETWEEN, CONTAINS, MATCHES, IN, IS, NULL, TRUE, FALSE,
  STRING, INTEGER, DECIMAL, DATE, DATE_TIME, OFFSET, LEGACY_DATE,
  LPAREN, RPAREN, COMMA, COLON, CMP,
  /** Text the lexer could not make sense of; reported by the parser unless already reported. */
  ERROR,
  EOF;

  boolean isKeyword() {
    return ordinal() >= AND.ordinal() && ordinal() <= FALSE.ordinal();
  }
}
