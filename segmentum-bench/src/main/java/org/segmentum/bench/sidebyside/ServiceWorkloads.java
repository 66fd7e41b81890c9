package org.segmentum.bench.sidebyside;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.segmentum.server.Server;
import org.segmentum.server.ServerSettings;
import org.segmentum.server.ShopSetup;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StorageLocation;

/**
 * The service over HTTP on a real database (PERFORMANCE.md T5's durable ingest, W8 from the database,
 * W9): NDJSON batches of customers and orders posted to the ingest API (each answer means committed),
 * a restart that rebuilds the engine from the database, and concurrent clients calling the preview and
 * members endpoints.
 */
final class ServiceWorkloads {
  private static final int BATCH = 1_000;
  private static final int CLIENTS = 4;
  private static final long W9_NANOS = 10_000_000_000L;

  private final Path store;
  private final String size;
  private final Instant now;
  private final HttpClient http = HttpClient.newHttpClient();

  ServiceWorkloads(Path store, String size, Instant now) {
    this.store = store;
    this.size = size;
    this.now = now;
  }

  /** Runs on a new SQLite file and on a new database of an embedded PostgreSQL (default settings, durable commits). */
  static List<Figure> runAll(Path store, String size, Instant now, Map<String, String> queries) throws IOException {
    ServiceWorkloads workloads = new ServiceWorkloads(store, size, now);
    List<Figure> figures = new ArrayList<>();
    Path directory = Files.createTempDirectory("segmentum-service-bench");
    figures.addAll(workloads.run("service:sqlite", new StorageLocation.SqliteFile(directory.resolve("bench.db")),
        queries));
    try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres =
             io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start()) {
      figures.addAll(workloads.run("service:postgresql",
          new StorageLocation.Postgres(postgres.getJdbcUrl("postgres", "postgres"), "", ""), queries));
    }
    return figures;
  }

  /** Runs on a new database at {@code location}; {@code system} names it in the figures. */
  List<Figure> run(String system, StorageLocation location, Map<String, String> queries) throws IOException {
    List<Figure> figures = new ArrayList<>();
    Clock clock = Clock.fixed(now, ZoneId.of("UTC"));
    String token = Secrets.newToken("sgm_");
    try (Storage storage = Storage.open(location)) {
      storage.write(tx -> {
        ShopSetup.create(tx, new ShopRow(1, "Bench", ZoneId.of("UTC"), "USD", now), now);
        tx.tokens().create(1, "bench", EnumSet.of(Scope.ADMIN), Secrets.hash(token), now);
        return null;
      });
      Server server = Server.start(ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
          .withWritesPerSecond(1_000_000), storage, clock);
      try {
        String base = "http://127.0.0.1:" + server.port() + "/api/v1/shops/1/";
        for (String kind : List.of("customers", "orders")) {
          long started = System.nanoTime();
          long records = ingest(base + kind, token, store.resolve(kind + ".ndjson"));
          double seconds = (System.nanoTime() - started) / 1e9;
          Map<String, Double> values = new LinkedHashMap<>();
          values.put("records", (double) records);
          values.put("records_per_s", records / seconds);
          figures.add(new Figure("T5-durable-ingest", kind, size, system, values));
        }
      } finally {
        server.close();
      }
      long restarted = System.nanoTime();
      server = Server.start(ServerSettings.defaults().withHost("127.0.0.1").withPort(0), storage, clock);
      figures.add(Figure.value("W8", "from-database", size, system, "start_s", (System.nanoTime() - restarted) / 1e9));
      try {
        String base = "http://127.0.0.1:" + server.port() + "/api/v1/shops/1/";
        figures.addAll(concurrentReads(system, base, token, queries));
      } finally {
        server.close();
      }
    }
    return figures;
  }

  private long ingest(String url, String token, Path file) throws IOException {
    long records = 0;
    StringBuilder batch = new StringBuilder();
    int lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        batch.append(line).append('\n');
        if (++lines == BATCH) {
          records += post(url, token, batch.toString());
          batch.setLength(0);
          lines = 0;
        }
      }
    }
    if (lines > 0) {
      records += post(url, token, batch.toString());
    }
    return records;
  }

  private long post(String url, String token, String body) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("ingest answered " + response.statusCode() + ": " + response.body());
    }
    return body.chars().filter(c -> c == '\n').count();
  }

  /** W9: {@value #CLIENTS} clients alternating preview and members calls for ten seconds. */
  private List<Figure> concurrentReads(String system, String base, String token, Map<String, String> queries) {
    List<String> texts = List.copyOf(queries.values());
    String segment = base + "segments?limit=1";
    String firstSegment = send(get(segment, token)).body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
    Samples preview = new Samples();
    Samples members = new Samples();
    AtomicLong requests = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long deadline = System.nanoTime() + W9_NANOS;
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      running.add(clients.submit(() -> {
        for (int i = client; System.nanoTime() < deadline; i++) {
          long t = System.nanoTime();
          if (i % 2 == 0) {
            String body = "{\"query\":" + quote(texts.get(i % texts.size())) + "}";
            check(send(HttpRequest.newBuilder(URI.create(base + "preview")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
            synchronized (preview) {
              preview.add(System.nanoTime() - t);
            }
          } else {
            check(send(get(base + "segments/" + firstSegment + "/members?sort=amount_spent&order=desc&limit=50", token)));
            synchronized (members) {
              members.add(System.nanoTime() - t);
            }
          }
          requests.incrementAndGet();
        }
      }));
    }
    for (Future<?> future : running) {
      try {
        future.get();
      } catch (Exception e) {
        throw new IllegalStateException("a W9 client failed", e);
      }
    }
    clients.shutdown();
    List<Figure> figures = new ArrayList<>();
    figures.add(Figure.latency("W9", "preview", size, system, preview));
    figures.add(Figure.latency("W9", "members", size, system, members));
    figures.add(Figure.value("W9", "all", size, system, "requests_per_s", requests.get() / (W9_NANOS / 1e9)));
    return figures;
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
  }

  private static void check(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
