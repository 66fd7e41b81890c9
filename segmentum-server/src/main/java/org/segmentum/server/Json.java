package org.segmentum.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.json.JavalinJackson;
import java.util.Optional;

/** The one JSON configuration of the service, and helpers that turn bad JSON into a 400 problem. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {
  }

  static JavalinJackson javalinMapper() {
    return new JavalinJackson(MAPPER, false);
  }

  /** A request body that must be one JSON object. */
  static ObjectNode object(String body) {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiProblem.badRequest("the body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** An optional text member; a member of another type is a 400. */
  static Optional<String> text(ObjectNode object, String member) {
    JsonNode value = object.get(member);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw ApiProblem.badRequest("\"" + member + "\" must be a string");
    }
    return Optional.of(value.asText());
  }

  /** A required text member. */
  static String requiredText(ObjectNode object, String member) {
    return text(object, member).orElseThrow(() -> ApiProblem.badRequest("\"" + member + "\" is required"));
  }
}
