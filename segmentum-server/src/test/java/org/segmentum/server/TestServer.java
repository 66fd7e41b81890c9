package org.segmentum.server;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.segmentum.storage.Flavor;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StorageLocation;
import org.segmentum.storage.TestStorages;

/**
 * A real server on port 0 over a real database (a new SQLite file or a new PostgreSQL database), with two
 * shops (1 in New York, 2 in Sofia) and tokens of every scope for each, and a clock the test moves.
 */
public final class TestServer implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-03-10T15:00:00Z");

  public final MutableClock clock = new MutableClock(START);
  public final StorageLocation location;
  public Storage storage;
  public Server server;
  public final String admin;
  public final String writer;
  public final String reader;
  public final String otherShopAdmin;
  private final ServerSettings settings;
  private final Sleeper sleeper;

  public TestServer(Flavor flavor, Path directory) {
    this(flavor, directory, ServerSettings.defaults().withPort(0).withHost("127.0.0.1"));
  }

  public TestServer(Flavor flavor, Path directory, ServerSettings settings) {
    this(flavor, directory, settings, null);
  }

  /**
   * A server whose background waits (campaign rates and back-off) use {@code sleeper}; null means they
   * move this server's clock at once.
   */
  public TestServer(Flavor flavor, Path directory, ServerSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper == null ? clock.passingTime() : sleeper;
    this.location = TestStorages.location(flavor, directory);
    this.storage = Storage.open(location);
    storage.write(tx -> {
      ShopSetup.create(tx, new ShopRow(1, "Corner Shop", ZoneId.of("America/New_York"), "USD", START), START);
      ShopSetup.create(tx, new ShopRow(2, "Sofia Store", ZoneId.of("Europe/Sofia"), "EUR", START), START);
      return null;
    });
    admin = token(1, EnumSet.of(Scope.ADMIN));
    writer = token(1, EnumSet.of(Scope.WRITE));
    reader = token(1, EnumSet.of(Scope.READ));
    otherShopAdmin = token(2, EnumSet.of(Scope.ADMIN));
    server = Server.start(settings, storage, clock, this.sleeper);
  }

  /** A new token of a shop. */
  public String token(long shop, Set<Scope> scopes) {
    String secret = Secrets.newToken("sgm_");
    storage.write(tx -> tx.tokens().create(shop, "test " + scopes, scopes, Secrets.hash(secret), START));
    return secret;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Stops the server and the database and starts both again over the same data (a restart). */
  public void restart() {
    server.close();
    storage.close();
    storage = Storage.open(location);
    server = Server.start(settings, storage, clock, this.sleeper);
  }

  @Override
  public void close() {
    server.close();
    storage.close();
  }
}
