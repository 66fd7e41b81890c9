package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.storage.Flavor;

/** The served OpenAPI document names every route the server has, and no route it lacks. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

  @TempDir
  Path directory;

  @Test
  void theDocumentAndTheRoutesAgree() throws Exception {
    try (TestServer test = new TestServer(Flavor.SQLITE, directory)) {
      Http.Reply reply = Http.get(test.url("/api/openapi.yaml"), null);
      assertThat(reply.status()).isEqualTo(200);
      JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(reply.text());
      assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
      Set<String> documented = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        path.getValue().fieldNames().forEachRemaining(method -> {
          if (METHODS.contains(method)) {
            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
          }
        });
      }
      Set<String> served = new TreeSet<>(test.server.routes());
      served.removeIf(route -> route.contains(" /admin"));
      assertThat(documented).isEqualTo(served);
    }
  }
}
