package org.segmentum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.segmentum.server.EncryptionKey;
import org.segmentum.server.Server;
import org.segmentum.server.ServerSettings;
import org.segmentum.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segmentum serve [--db FILE | --postgres URL] [--host H] [--port N] [--demo]}: runs the server over the
 * database until the process is stopped (SIGTERM or Ctrl-C close the server, then the database). The key that
 * seals stored secrets comes from {@code SEGMENTUM_SECRET_KEY} or {@code SEGMENTUM_SECRET_KEY_FILE} (see
 * {@link SecretKeySource}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the server: the JSON API over every shop of the database.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private DatabaseOptions database;

  @Option(names = "--host", paramLabel = "H", description = "Interface to listen on (default ${DEFAULT-VALUE}).")
  private String host = "0.0.0.0";

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).")
  private int port = 8080;

  @Option(names = "--demo", description = "In a database without shops, first create two demo shops with tokens "
      + "and print how to try them.")
  private boolean demo;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("segmentum: --port must be 0..65535, got " + port);
      return Main.INVALID_INPUT;
    }
    DatabaseOptions.Database db = DatabaseOptions.of(database);
    Optional<String> problem = db.problem();
    if (problem.isPresent()) {
      err.println("segmentum: " + problem.get());
      return Main.INVALID_INPUT;
    }
    SecretKeySource.Found secretKey;
    try {
      secretKey = SecretKeySource.find(System.getenv(), demo, db.location());
    } catch (IllegalArgumentException | IOException e) {
      err.println("segmentum: cannot use the secret key (" + EncryptionKey.VARIABLE + " or "
          + EncryptionKey.FILE_VARIABLE + "): " + describe(e));
      return Main.INVALID_INPUT;
    }
    ServerSettings settings = ServerSettings.defaults().withHost(host).withPort(port);
    if (secretKey.secretKey().isPresent()) {
      settings = settings.withSecretKey(secretKey.secretKey().get());
    }
    Clock clock = Clock.systemUTC();
    Storage storage = Storage.open(db.location());
    Server server;
    Optional<Demo.Outcome> demoOutcome;
    try {
      demoOutcome = demo ? Optional.of(Demo.prepare(storage, clock.instant(), err)) : Optional.empty();
      server = Server.start(settings, storage, clock);
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("stopping");
      try {
        server.close();
      } finally {
        storage.close();
        stopped.countDown();
      }
    }, "segmentum-shutdown"));
    String base = baseUrl(server.port());
    out.println("Segmentum is serving " + base + " (" + db.describe() + "). Stop with Ctrl-C.");
    if (secretKey instanceof SecretKeySource.Found.None && !demo) {
      out.println("No secret key (" + EncryptionKey.VARIABLE + " or " + EncryptionKey.FILE_VARIABLE + "): SMTP "
          + "passwords and channel provider secrets cannot be saved; see docs/running.md.");
    }
    demoOutcome.ifPresent(outcome -> DemoGuide.print(outcome, base, db, secretKey, out));
    out.flush();
    stopped.await();
    return 0;
  }

  private static String describe(Exception e) {
    return e instanceof java.nio.file.NoSuchFileException missing ? "no such file: " + missing.getFile()
        : e.getMessage();
  }

  /** The URL to print: a wildcard address is reached as localhost. */
  private String baseUrl(int actualPort) {
    String shown = switch (host) {
      case "0.0.0.0", "::", "[::]", "" -> "localhost";
      default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    };
    return "http://" + shown + ":" + actualPort;
  }
}
