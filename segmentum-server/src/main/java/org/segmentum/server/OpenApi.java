package org.segmentum.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3.1 document of the API, kept by hand next to the routes (a test checks they agree). */
final class OpenApi {
  private static final String DOCUMENT = load();

  private OpenApi() {
  }

  static String document() {
    return DOCUMENT;
  }

  private static String load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
