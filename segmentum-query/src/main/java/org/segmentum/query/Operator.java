package org.segmentum.query;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every operator a filter or a function parameter can allow, as the catalog lists them. */
public enum Operator {
  EQ("="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), BETWEEN("BETWEEN"),
  CONTAINS("CONTAINS"), NOT_CONTAINS("NOT CONTAINS"), IS_NULL("IS NULL"), IS_NOT_NULL("IS NOT NULL"),
  MATCHES("MATCHES"), NOT_MATCHES("NOT MATCHES"), IN("IN"), NOT_IN("NOT IN");

  /** The six comparisons and BETWEEN. */
  public static final Set<Operator> ORDERED = Set.copyOf(EnumSet.of(EQ, NE, GT, GE, LT, LE, BETWEEN));

  private final String text;

  Operator(String text) {
    this.text = text;
  }

  /** The operator as written in a query. */
  public String text() {
    return text;
  }

  /** Parses the catalog's spelling: a symbol or keyword, or {@code cmp} for {@link #ORDERED}. */
  static Set<Operator> parseList(String list) {
    EnumSet<Operator> result = EnumSet.noneOf(Operator.class);
    for (String part : list.split(",")) {
      String word = part.trim();
      if (word.equals("cmp")) {
        result.addAll(ORDERED);
        continue;
      }
      result.add(List.of(values()).stream().filter(o -> o.text.equals(word)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown operator '" + word + "'")));
    }
    return result;
  }

  /** "=, != or BETWEEN": the operators for a message, null tests left out when others exist. */
  static String describe(Collection<Operator> operators) {
    List<String> names = operators.stream().sorted()
        .filter(o -> (o != IS_NULL && o != IS_NOT_NULL) || operators.stream().allMatch(x -> x == IS_NULL || x == IS_NOT_NULL))
        .map(Operator::text).collect(Collectors.toList());
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
