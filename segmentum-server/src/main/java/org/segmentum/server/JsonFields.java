package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the members of a JSON request body and collects every problem (a wrong type, a missing required
 * member, a rule the caller checks) so that they are all answered together in one 422 with
 * {@code errors: [{field, message}]}.
 */
final class JsonFields {
  private final ObjectNode body;
  private final List<Map<String, Object>> errors = new ArrayList<>();

  JsonFields(ObjectNode body) {
    this.body = body;
  }

  static JsonFields of(String body) {
    return new JsonFields(Json.object(body));
  }

  /** Whether the member is present (even as null). */
  boolean has(String member) {
    return body.has(member);
  }

  /** Whether the member is present as JSON null. */
  boolean isNull(String member) {
    return body.has(member) && body.get(member).isNull();
  }

  /** The raw member, absent when missing or null. */
  Optional<JsonNode> node(String member) {
    return Optional.ofNullable(value(member));
  }

  Optional<String> text(String member) {
    JsonNode value = value(member);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      return wrong(member, "a string");
    }
    return Optional.of(value.asText());
  }

  String requiredText(String member) {
    Optional<String> value = text(member);
    if (value.isEmpty() && value(member) == null) {
      error(member, "is required");
    }
    return value.orElse("");
  }

  Optional<Long> integer(String member) {
    JsonNode value = value(member);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      return wrong(member, "a whole number");
    }
    return Optional.of(value.asLong());
  }

  /** A whole number within bounds; absent gives the default. */
  long integer(String member, long defaultValue, long min, long max) {
    long value = integer(member).orElse(defaultValue);
    if (value < min || value > max) {
      error(member, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** A list of ids (whole numbers); absent is empty. */
  Optional<List<Long>> ids(String member) {
    JsonNode value = value(member);
    if (value == null) {
      return Optional.empty();
    }
    List<Long> ids = new ArrayList<>();
    if (!value.isArray()) {
      return wrong(member, "a list of ids");
    }
    for (JsonNode element : value) {
      if (!element.isIntegralNumber() || !element.canConvertToLong() || element.asLong() < 0) {
        return wrong(member, "a list of ids");
      }
      ids.add(element.asLong());
    }
    return Optional.of(ids);
  }

  /** An ISO-8601 instant with an offset ({@code 2026-03-01T00:00:00Z}). */
  Optional<Instant> instant(String member) {
    Optional<String> text = text(member);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.get().strip()).toInstant());
    } catch (DateTimeParseException e) {
      error(member, "must be an instant with an offset such as 2026-03-01T00:00:00Z, got '" + text.get() + "'");
      return Optional.empty();
    }
  }

  void error(String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", field + " " + message);
    errors.add(error);
  }

  boolean valid() {
    return errors.isEmpty();
  }

  /** Throws one 422 of the given type with every problem collected, if there are any. */
  void throwIfInvalid(String type) {
    if (errors.isEmpty()) {
      return;
    }
    String detail = errors.size() == 1 ? (String) errors.get(0).get("message")
        : errors.size() + " problems: " + String.join("; ", errors.stream().map(e -> (String) e.get("message")).toList());
    throw ApiProblem.unprocessable(type, detail, Map.of("errors", List.copyOf(errors)));
  }

  private JsonNode value(String member) {
    JsonNode value = body.get(member);
    return value == null || value.isNull() ? null : value;
  }

  private <T> Optional<T> wrong(String member, String expected) {
    error(member, "must be " + expected);
    return Optional.empty();
  }
}
