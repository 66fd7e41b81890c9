package org.segmentum.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A real HTTP client (java.net.http) for the server process: bearer token in, status and JSON out. */
final class Api {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: its status and body. */
  record Reply(int status, String text) {
    JsonNode json() {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + text, e);
      }
    }
  }

  private final String base;
  private final String token;

  Api(String base, String token) {
    this.base = base;
    this.token = token;
  }

  Reply get(String path) throws IOException, InterruptedException {
    return send("GET", base + path, token, null, Map.of());
  }

  Reply post(String path, String body) throws IOException, InterruptedException {
    return send("POST", base + path, token, body, Map.of("Content-Type", "application/json"));
  }

  /** Sends one request; an I/O failure (the server is gone) is thrown as it is. */
  static Reply send(String method, String url, String token, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach(request::header);
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  /** Every member id of a segment, through the paged members listing. */
  Set<Long> members(long shop, long segment) throws IOException, InterruptedException {
    Set<Long> ids = new HashSet<>();
    String cursor = "";
    do {
      Reply page = get("/api/v1/shops/" + shop + "/segments/" + segment + "/members?limit=1000"
          + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
      require(page, 200);
      page.json().path("members").forEach(member -> ids.add(member.path("id").asLong()));
      cursor = page.json().path("next_cursor").isNull() ? "" : page.json().path("next_cursor").asText();
    } while (!cursor.isEmpty());
    return ids;
  }

  /** The members a segment's change feed gives when its joined/left events are replayed from empty. */
  Set<Long> replayChanges(long shop, long segment) throws IOException, InterruptedException {
    Set<Long> ids = new HashSet<>();
    String cursor = "0";
    while (true) {
      Reply page = get("/api/v1/shops/" + shop + "/segments/" + segment + "/changes?limit=1000&cursor=" + cursor);
      require(page, 200);
      JsonNode events = page.json().path("events");
      if (events.isEmpty()) {
        return ids;
      }
      for (JsonNode event : events) {
        long customer = event.path("customer_id").asLong();
        switch (event.path("type").asText()) {
          case "joined" -> ids.add(customer);
          case "left" -> ids.remove(customer);
          default -> throw new AssertionError("unknown event type: " + event);
        }
      }
      cursor = page.json().path("next_cursor").asText();
    }
  }

  static Reply require(Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected HTTP " + status + " but got " + reply.status() + ": " + reply.text());
    }
    return reply;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
