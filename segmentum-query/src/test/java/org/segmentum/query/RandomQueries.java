package org.segmentum.query;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random valid queries as spanless trees, from the standard catalog: attributes with valid values for
 * their types, functions with valid parameters, anniversaries and unchecked custom fields, combined with
 * AND, OR and NOT in the normal form of {@link Expr} (no AND directly in an AND, no OR in an OR).
 */
final class RandomQueries {
  private static final List<FilterDefinition> FILTERS = FilterCatalog.standard().filters().values().stream()
      .filter(f -> f.kind() == FilterDefinition.Kind.ATTRIBUTE || f.kind() == FilterDefinition.Kind.FUNCTION)
      .toList();
  private static final Set<Operator> ANNIVERSARY_OPERATORS =
      EnumSet.of(Operator.EQ, Operator.NE, Operator.BETWEEN, Operator.IS_NULL, Operator.IS_NOT_NULL);

  private final SplittableRandom random;
  private final RandomValues values;

  RandomQueries(SplittableRandom random) {
    this.random = random;
    this.values = new RandomValues(random);
  }

  /** A tree at most {@code depth} connectives deep. */
  Expr expr(int depth) {
    return expr(depth, null);
  }

  private Expr expr(int depth, Class<? extends Expr> parent) {
    int choice = depth == 0 ? 0 : random.nextInt(5);
    if (choice == 3 && parent != Expr.And.class) {
      return new Expr.And(operands(depth, Expr.And.class), Span.NONE);
    }
    if (choice == 4 && parent != Expr.Or.class) {
      return new Expr.Or(operands(depth, Expr.Or.class), Span.NONE);
    }
    if (choice == 2) {
      return new Expr.Not(expr(depth - 1, Expr.Not.class), Span.NONE);
    }
    return clause();
  }

  private List<Expr> operands(int depth, Class<? extends Expr> kind) {
    List<Expr> operands = new ArrayList<>();
    int count = 2 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      operands.add(expr(depth - 1, kind));
    }
    return operands;
  }

  Expr.Clause clause() {
    int choice = random.nextInt(12);
    if (choice == 0) {
      return anniversary();
    }
    if (choice == 1) {
      return metafield();
    }
    FilterDefinition filter = FILTERS.get(random.nextInt(FILTERS.size()));
    Test test = filter.kind() == FilterDefinition.Kind.FUNCTION ? matches(filter)
        : test(pick(filter.operators()), filter.type(), filter.values());
    return Expr.Clause.of(Subject.Filter.of(filter.name()), test);
  }

  private Expr.Clause anniversary() {
    String attribute = random.nextBoolean() ? "birth_date" : "metafields." + word() + "." + word();
    return Expr.Clause.of(Subject.Anniversary.of(attribute), test(pick(ANNIVERSARY_OPERATORS), ValueType.DATE, List.of()));
  }

  private Expr.Clause metafield() {
    MetafieldType type = MetafieldType.values()[random.nextInt(MetafieldType.values().length)];
    FilterDefinition filter = FilterCatalog.metafieldFilter(new MetafieldDefinition(word(), word(), "field", type));
    return Expr.Clause.of(Subject.Filter.of(filter.name()), test(pick(filter.operators()), filter.type(), List.of()));
  }

  private Test test(Operator operator, ValueType type, List<String> allowed) {
    return switch (operator) {
      case EQ, NE, GT, GE, LT, LE -> new Test.Compare(cmp(operator), values.of(type, allowed));
      case BETWEEN -> new Test.Between(values.of(type, allowed), values.of(type, allowed));
      case CONTAINS, NOT_CONTAINS -> new Test.Contains(operator == Operator.NOT_CONTAINS, values.of(type, allowed));
      case IS_NULL, IS_NOT_NULL -> new Test.IsNull(operator == Operator.IS_NOT_NULL);
      case MATCHES, NOT_MATCHES, IN, NOT_IN -> throw new IllegalArgumentException("not an attribute operator: " + operator);
    };
  }

  private Test.Matches matches(FilterDefinition function) {
    List<ParameterDefinition> chosen = new ArrayList<>(function.parameters());
    if (function.name().equals("customer_within_distance")) {
      chosen.remove(random.nextInt(1, 3)); // coordinates and exactly one of the distances
    } else {
      chosen.removeIf(p -> random.nextInt(3) == 0);
    }
    shuffle(chosen);
    List<Param> params = new ArrayList<>();
    for (ParameterDefinition parameter : chosen) {
      params.add(Param.of(parameter.name(), paramTest(parameter)));
    }
    return new Test.Matches(random.nextInt(4) == 0, params);
  }

  private ParamTest paramTest(ParameterDefinition parameter) {
    if (parameter.name().startsWith("distance_")) {
      return new Test.Compare(Cmp.EQ, values.distance());
    }
    Operator operator = pick(parameter.operators());
    return switch (operator) {
      case IN, NOT_IN -> {
        List<Value> list = new ArrayList<>();
        for (int i = random.nextInt(1, 5); i > 0; i--) {
          list.add(values.of(parameter.type(), parameter.values()));
        }
        yield new ParamTest.In(operator == Operator.NOT_IN, list);
      }
      default -> (ParamTest) test(operator, parameter.type(), parameter.values());
    };
  }

  private String word() {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789_";
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(1, 9); i > 0; i--) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out.toString();
  }

  private <T extends Comparable<T>> T pick(Set<T> set) {
    List<T> sorted = set.stream().sorted().toList(); // a set's order is not stable, the seed's must be
    return sorted.get(random.nextInt(sorted.size()));
  }

  private <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      list.set(i, list.set(j, list.get(i)));
    }
  }

  private static Cmp cmp(Operator operator) {
    return switch (operator) {
      case EQ -> Cmp.EQ;
      case NE -> Cmp.NE;
      case GT -> Cmp.GT;
      case GE -> Cmp.GE;
      case LT -> Cmp.LT;
      case LE -> Cmp.LE;
      default -> throw new IllegalArgumentException("not a comparison: " + operator);
    };
  }
}
