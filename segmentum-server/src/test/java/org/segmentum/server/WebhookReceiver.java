package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real webhook receiver in the test JVM: it has a port from the start but listens only once started
 * (until then deliveries are refused), answers 204 or 500 as told, can sleep past the sender's timeout
 * once, and keeps every request it read with the status it answered.
 */
final class WebhookReceiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request as received. */
  record Received(String eventId, String topic, String signature, String webhookId, byte[] body, int answered) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean accepted() {
      return answered >= 200 && answered < 300;
    }
  }

  private final int port;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<Duration> slowOnce = new AtomicReference<>();
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private volatile boolean failing;
  private HttpServer server;

  private WebhookReceiver(int port) {
    this.port = port;
  }

  /** A receiver with a free port, not listening yet. */
  static WebhookReceiver notListening() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return new WebhookReceiver(probe.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + port + "/hooks";
  }

  synchronized void start() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(handlers);
    server.createContext("/hooks", this::handle);
    server.start();
  }

  /** Answer 500 from now on (true) or 204 (false). */
  void failing(boolean answer500) {
    this.failing = answer500;
  }

  /** The next request is answered 200 only after sleeping this long. */
  void slowOnce(Duration sleep) {
    slowOnce.set(sleep);
  }

  boolean slowOneDone() {
    return slowOnce.get() == null;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits until at least {@code count} requests arrived (at most 30 s). */
  void awaitRequests(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (received.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + received.size() + " of " + count + " requests arrived");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Duration sleep = slowOnce.getAndSet(null);
    int status = sleep != null ? 200 : failing ? 500 : 204;
    var headers = exchange.getRequestHeaders();
    received.add(new Received(headers.getFirst("X-Segmentum-Event-Id"), headers.getFirst("X-Segmentum-Topic"),
        headers.getFirst("X-Segmentum-Hmac-SHA256"), headers.getFirst("X-Segmentum-Webhook-Id"), body, status));
    try {
      if (sleep != null) {
        Thread.sleep(sleep.toMillis());
      }
      exchange.sendResponseHeaders(status, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException gone) {
      // the sender stopped waiting; it will send the event again
    } finally {
      exchange.close();
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
    }
    handlers.shutdownNow();
  }
}
