package org.segmentum.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A piece of SQL and the values of its {@code ?} placeholders, in text order. Continuation lines of
 * {@code text} are indented relative to the column the piece starts at; {@link #indented} shifts them
 * when the piece is nested. Immutable.
 */
record SqlText(String text, List<Object> params) {
  SqlText {
    Objects.requireNonNull(text, "text");
    params = List.copyOf(params);
  }

  static SqlText of(String text, Object... params) {
    return new SqlText(text, List.of(params));
  }

  boolean multiline() {
    return text.indexOf('\n') >= 0;
  }

  /** The same piece with every continuation line moved right by {@code indent}. */
  SqlText indented(String indent) {
    return new SqlText(text.replace("\n", "\n" + indent), params);
  }

  /** Collects text and placeholder values in order. Not thread-safe. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Builder append(String sql) {
      text.append(sql);
      return this;
    }

    Builder append(SqlText piece) {
      text.append(piece.text);
      params.addAll(piece.params);
      return this;
    }

    /** A {@code ?} placeholder for one value. */
    Builder param(Object value) {
      text.append('?');
      params.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** {@code ?, ?, ?}: one placeholder per value. */
    Builder params(List<?> values) {
      text.append(String.join(", ", Collections.nCopies(values.size(), "?")));
      values.forEach(v -> params.add(Objects.requireNonNull(v, "value")));
      return this;
    }

    SqlText build() {
      return new SqlText(text.toString(), params);
    }
  }
}
