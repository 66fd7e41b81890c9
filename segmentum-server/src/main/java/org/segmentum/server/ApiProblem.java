package org.segmentum.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request the service refuses, as RFC 9457 problem details: an HTTP status, a stable {@code type} (a
 * short slug, served as {@code https://segmentum.org/problems/<slug>}), a title, a human detail, and
 * optional extension members (such as a query's diagnostics). Thrown by handlers; turned into
 * {@code application/problem+json} in one place ({@link Problems}).
 */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;
  private final Map<String, Object> extensions;

  public ApiProblem(int status, String type, String title, String detail) {
    this(status, type, title, detail, Map.of());
  }

  public ApiProblem(int status, String type, String title, String detail, Map<String, Object> extensions) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.status = status;
    this.type = Objects.requireNonNull(type, "type");
    this.title = Objects.requireNonNull(title, "title");
    this.extensions = new LinkedHashMap<>(extensions);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "bad-request", "Bad request", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail);
  }

  public static ApiProblem unprocessable(String type, String detail, Map<String, Object> extensions) {
    return new ApiProblem(422, type, "Unprocessable content", detail, extensions);
  }

  public int status() {
    return status;
  }

  /** The body: type, title, status, detail, then the extensions. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://segmentum.org/problems/" + type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", getMessage());
    body.putAll(extensions);
    return body;
  }
}
