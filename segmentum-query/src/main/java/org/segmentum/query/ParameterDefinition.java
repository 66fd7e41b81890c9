package org.segmentum.query;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parameter of a function filter. A {@code selector} chooses the customer's matching records; an
 * {@code aggregate} ({@code count}, {@code sum_quantity}, {@code sum_amount}) tests the aggregate over them.
 */
public record ParameterDefinition(String name, ValueType type, Set<Operator> operators, Role role,
                                  List<String> values, String description) {
  /** How a parameter takes part in a function's meaning. */
  public enum Role { SELECTOR, AGGREGATE }

  public ParameterDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    operators = Set.copyOf(operators);
    Objects.requireNonNull(role, "role");
    values = List.copyOf(values);
    Objects.requireNonNull(description, "description");
  }

  public boolean isAggregate() {
    return role == Role.AGGREGATE;
  }
}
