package org.segmentum.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.segmentum.storage.OutboxEvent;
import org.segmentum.storage.WebhookRow;

/**
 * Sends one delivery: a signed JSON POST, at most {@link #timeout} to connect and as long again for the
 * answer's status line and headers (the answer's body is not read). Redirects are not followed: only a
 * 2xx from the subscribed URL itself counts as delivered.
 */
final class WebhookSender implements AutoCloseable {
  static final String EVENT_ID_HEADER = "X-Segmentum-Event-Id";
  static final String TOPIC_HEADER = "X-Segmentum-Topic";

  /** What the receiver did: answered with a status, or did not answer (refused, timed out, broken). */
  sealed interface Result {
    long millis();
  }

  record Answered(int status, long millis) implements Result {
    boolean delivered() {
      return status >= 200 && status < 300;
    }
  }

  record NoAnswer(String error, long millis) implements Result {
  }

  private final Duration timeout;
  private final HttpClient client;

  WebhookSender(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Posts the body and waits for the status of the answer (or its absence). */
  Result send(WebhookRow webhook, OutboxEvent event, byte[] body) throws InterruptedException {
    long started = System.nanoTime();
    HttpRequest request;
    try {
      request = request(webhook, event, body);
    } catch (IllegalArgumentException e) {
      return new NoAnswer("cannot send to this URL: " + message(e).orElse("invalid"), millisSince(started));
    }
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      return new Answered(response.statusCode(), millisSince(started));
    } catch (HttpConnectTimeoutException e) {
      return new NoAnswer("cannot connect within " + timeout.toMillis() + " ms", millisSince(started));
    } catch (HttpTimeoutException e) {
      return new NoAnswer("no answer within " + timeout.toMillis() + " ms", millisSince(started));
    } catch (ConnectException e) {
      return new NoAnswer(message(e).map(text -> "cannot connect: " + text).orElse("cannot connect"),
          millisSince(started));
    } catch (IOException e) {
      return new NoAnswer(message(e).orElse(e.getClass().getSimpleName()), millisSince(started));
    }
  }

  /** Stops the client; requests in flight end at once. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  private HttpRequest request(WebhookRow webhook, OutboxEvent event, byte[] body) {
    return HttpRequest.newBuilder(URI.create(webhook.url())).timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "Segmentum-Webhooks/1")
        .header(EVENT_ID_HEADER, event.eventId())
        .header(TOPIC_HEADER, webhook.topic().wireName())
        .header("X-Segmentum-Shop-Id", Long.toString(webhook.shopId()))
        .header("X-Segmentum-Webhook-Id", Long.toString(webhook.id()))
        .header(WebhookSignature.HEADER, WebhookSignature.sign(webhook.secret(), body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  /** The first message along the causes, at most 300 characters. */
  private static Optional<String> message(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String text = cause.getMessage();
      if (text != null && !text.isBlank()) {
        return Optional.of(text.length() > 300 ? text.substring(0, 300) : text);
      }
    }
    return Optional.empty();
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
