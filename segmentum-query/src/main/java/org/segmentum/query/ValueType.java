package org.segmentum.query;

import java.util.EnumSet;
import java.util.Set;

/** The type of a filter or parameter, which decides its operators and literals (LANGUAGE.md §4). */
public enum ValueType {
  INTEGER("integer"), DECIMAL("decimal"), DATE("date"), STRING("string"), ENUM("enum"), BOOLEAN("boolean"),
  /** An unsigned id compared with {@code =} or {@code IN}, in function parameters. */
  ID("id"),
  /** {@code (latitude, longitude)} in decimal degrees. */
  COORDINATES("coordinates"),
  STRING_LIST("list<string>"),
  /** Tags: a list of strings compared case-insensitively. */
  TAG_LIST("list<tag>"),
  COUNTRY_LIST("list<country>"), REGION_LIST("list<region>"), CITY_LIST("list<city>"),
  ID_LIST("list<id>"), ENUM_LIST("list<enum>"), INTEGER_LIST("list<integer>"), DECIMAL_LIST("list<decimal>"),
  /** A function: tested with MATCHES and parameters. */
  FUNCTION("function");

  private final String text;

  ValueType(String text) {
    this.text = text;
  }

  /** The name used in the catalog file and the API. */
  public String text() {
    return text;
  }

  public boolean isList() {
    return text.startsWith("list<");
  }

  /** The operators a filter of this type allows unless the catalog says otherwise. */
  public Set<Operator> defaultOperators() {
    return switch (this) {
      case INTEGER, DECIMAL -> Operator.ORDERED;
      case DATE -> Set.copyOf(union(Operator.ORDERED, EnumSet.of(Operator.IS_NULL, Operator.IS_NOT_NULL)));
      case STRING -> Set.of(Operator.EQ, Operator.NE, Operator.IS_NULL, Operator.IS_NOT_NULL);
      case ENUM, BOOLEAN -> Set.of(Operator.EQ, Operator.NE);
      case ID -> Set.of(Operator.EQ, Operator.IN, Operator.NOT_IN);
      case COORDINATES -> Set.of(Operator.EQ);
      case STRING_LIST, TAG_LIST, COUNTRY_LIST, REGION_LIST, CITY_LIST, ID_LIST, ENUM_LIST, INTEGER_LIST,
           DECIMAL_LIST -> Set.of(Operator.CONTAINS, Operator.NOT_CONTAINS, Operator.IS_NULL, Operator.IS_NOT_NULL);
      case FUNCTION -> Set.of(Operator.MATCHES, Operator.NOT_MATCHES);
    };
  }

  static ValueType ofText(String text) {
    for (ValueType type : values()) {
      if (type.text.equals(text)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown value type '" + text + "'");
  }

  private static EnumSet<Operator> union(Set<Operator> a, Set<Operator> b) {
    EnumSet<Operator> all = EnumSet.noneOf(Operator.class);
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
