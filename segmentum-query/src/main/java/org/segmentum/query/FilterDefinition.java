package org.segmentum.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the filter catalog: a customer attribute, a function with parameters, or a filter that
 * is recognised but not supported yet. {@code values} lists an enum's allowed values (empty otherwise).
 */
public record FilterDefinition(String name, Kind kind, ValueType type, Set<Operator> operators, List<String> values,
                               List<ParameterDefinition> parameters, String description) {
  /** What sort of filter this is. */
  public enum Kind { ATTRIBUTE, FUNCTION, ANNIVERSARY, UNSUPPORTED }

  public FilterDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    operators = Set.copyOf(operators);
    values = List.copyOf(values);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(description, "description");
  }

  /** The parameter of that name, if this is a function that has it. */
  public Optional<ParameterDefinition> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }
}
