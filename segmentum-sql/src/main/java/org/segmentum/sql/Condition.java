package org.segmentum.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL condition that is never NULL, so that NOT is its exact complement (LANGUAGE.md §4).
 * Every producer guarantees this for its leaves (IS NOT NULL guards, EXISTS, COALESCE); AND, OR and NOT
 * of two-valued operands stay two-valued. The factories fold constants and flatten nested AND / OR.
 */
sealed interface Condition {
  Condition TRUE = new Constant(true);
  Condition FALSE = new Constant(false);

  /** A condition written out, such as {@code f.amount_spent >= ?} or an {@code EXISTS (...)}. */
  record Leaf(SqlText sql) implements Condition {
    public Leaf {
      Objects.requireNonNull(sql, "sql");
    }
  }

  /** All parts hold; at least two parts, none an {@code All} or a constant. */
  record All(List<Condition> parts) implements Condition {
    public All {
      parts = List.copyOf(parts);
    }
  }

  /** At least one part holds; at least two parts, none an {@code Any} or a constant. */
  record Any(List<Condition> parts) implements Condition {
    public Any {
      parts = List.copyOf(parts);
    }
  }

  /** The complement of a condition that is neither a constant nor a negation. */
  record Not(Condition operand) implements Condition {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** TRUE or FALSE. */
  record Constant(boolean value) implements Condition {
  }

  static boolean isTrue(Condition condition) {
    return condition instanceof Constant constant && constant.value();
  }

  static boolean isFalse(Condition condition) {
    return condition instanceof Constant constant && !constant.value();
  }

  static Condition leaf(String text, Object... params) {
    return new Leaf(SqlText.of(text, params));
  }

  static Condition leaf(SqlText sql) {
    return new Leaf(sql);
  }

  static Condition all(Condition... parts) {
    return all(List.of(parts));
  }

  static Condition all(List<Condition> parts) {
    List<Condition> kept = new ArrayList<>();
    for (Condition part : parts) {
      switch (part) {
        case Constant constant -> {
          if (!constant.value()) {
            return FALSE;
          }
        }
        case All all -> kept.addAll(all.parts());
        default -> kept.add(part);
      }
    }
    return kept.isEmpty() ? TRUE : kept.size() == 1 ? kept.get(0) : new All(kept);
  }

  static Condition any(Condition... parts) {
    return any(List.of(parts));
  }

  static Condition any(List<Condition> parts) {
    List<Condition> kept = new ArrayList<>();
    for (Condition part : parts) {
      switch (part) {
        case Constant constant -> {
          if (constant.value()) {
            return TRUE;
          }
        }
        case Any any -> kept.addAll(any.parts());
        default -> kept.add(part);
      }
    }
    return kept.isEmpty() ? FALSE : kept.size() == 1 ? kept.get(0) : new Any(kept);
  }

  static Condition not(Condition operand) {
    return switch (operand) {
      case Constant constant -> constant.value() ? FALSE : TRUE;
      case Not not -> not.operand();
      default -> new Not(operand);
    };
  }
}
