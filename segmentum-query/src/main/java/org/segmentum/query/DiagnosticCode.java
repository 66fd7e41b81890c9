package org.segmentum.query;

/** Stable identifiers of the problems a query can have; {@link #id()} never changes once published. */
public enum DiagnosticCode {
  EMPTY_QUERY,
  QUERY_TOO_LONG,
  TOO_MANY_CLAUSES,
  NESTED_TOO_DEEPLY,
  TOO_MANY_VALUES,
  UNEXPECTED_TOKEN,
  UNEXPECTED_END,
  UNCLOSED_PARENTHESIS,
  UNCLOSED_STRING,
  INVALID_ESCAPE,
  INVALID_NUMBER,
  INVALID_DATE,
  INVALID_OFFSET,
  UNKNOWN_FILTER,
  UNSUPPORTED_FILTER,
  INVALID_OPERATOR,
  INVALID_VALUE,
  UNKNOWN_PARAMETER,
  DUPLICATE_PARAMETER,
  MISSING_PARAMETER,
  INVALID_ANNIVERSARY;

  /** The code as it appears in JSON and logs, e.g. {@code unknown-filter}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
