package org.segmentum.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A real webhook receiver in the test JVM: answers 200 to every POST and keeps the event ids it was sent. */
final class HookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final Set<String> eventIds = ConcurrentHashMap.newKeySet();

  HookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hooks", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String id = exchange.getRequestHeaders().getFirst("X-Segmentum-Event-Id");
      if (id != null) {
        eventIds.add(id);
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  /** The ids of the events received at least once. */
  Set<String> eventIds() {
    return Set.copyOf(eventIds);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
