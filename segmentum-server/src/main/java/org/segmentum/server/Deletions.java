package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;

/** Recognises a deletion marker line, {@code {"id": 7, "deleted": true}} (DATA.md §2). */
final class Deletions {
  private Deletions() {
  }

  static boolean isDeletion(String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      return node != null && node.path("deleted").asBoolean(false);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }
}
