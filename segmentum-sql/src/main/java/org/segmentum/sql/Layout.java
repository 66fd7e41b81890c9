package org.segmentum.sql;

import java.util.List;

/**
 * Lays conditions out as readable SQL: one operand of AND / OR per line, nested groups indented in
 * parentheses (on one line when short), {@code NOT EXISTS} for a negated subquery.
 */
final class Layout {
  static final String INDENT = "  ";
  private static final int INLINE_WIDTH = 72;

  private Layout() {
  }

  /** The condition as SQL, one operand per line when it is an AND or OR. */
  static SqlText render(Condition condition) {
    return switch (condition) {
      case Condition.Constant constant -> SqlText.of(constant.value() ? "TRUE" : "FALSE");
      case Condition.Leaf leaf -> leaf.sql();
      case Condition.All all -> join(all.parts(), "AND", false);
      case Condition.Any any -> join(any.parts(), "OR", false);
      case Condition.Not not -> negation(not.operand());
    };
  }

  /** {@code EXISTS (...)} around a subquery. */
  static SqlText exists(SqlText select) {
    return new SqlText.Builder().append("EXISTS (\n" + INDENT).append(select.indented(INDENT)).append("\n)").build();
  }

  private static SqlText join(List<Condition> parts, String keyword, boolean inline) {
    SqlText.Builder text = new SqlText.Builder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(inline ? " " + keyword + " " : "\n" + keyword + " ");
      }
      text.append(operand(parts.get(i)));
    }
    return text.build();
  }

  private static SqlText operand(Condition part) {
    return switch (part) {
      case Condition.All all -> group(all.parts(), "AND", "");
      case Condition.Any any -> group(any.parts(), "OR", "");
      default -> render(part);
    };
  }

  private static SqlText negation(Condition operand) {
    return switch (operand) {
      case Condition.All all -> group(all.parts(), "AND", "NOT ");
      case Condition.Any any -> group(any.parts(), "OR", "NOT ");
      case Condition.Leaf leaf when leaf.sql().text().startsWith("EXISTS") ->
          new SqlText.Builder().append("NOT ").append(leaf.sql()).build();
      default -> parenthesised(render(operand), "NOT ");
    };
  }

  private static SqlText group(List<Condition> parts, String keyword, String prefix) {
    SqlText inline = join(parts, keyword, true);
    if (!inline.multiline() && inline.text().length() <= INLINE_WIDTH) {
      return new SqlText.Builder().append(prefix + "(").append(inline).append(")").build();
    }
    return parenthesised(join(parts, keyword, false), prefix);
  }

  private static SqlText parenthesised(SqlText inner, String prefix) {
    if (!inner.multiline()) {
      return new SqlText.Builder().append(prefix + "(").append(inner).append(")").build();
    }
    return new SqlText.Builder().append(prefix + "(\n" + INDENT).append(inner.indented(INDENT)).append("\n)").build();
  }
}
