package org.segmentum.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.segmentum.model.RecordDecoding;
import org.segmentum.model.Shop;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.model.generate.StoreGenerator;
import org.segmentum.server.DemoShops;
import org.segmentum.server.ShopSetup;
import org.segmentum.storage.RecordKind;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.Transaction;

/**
 * The demo of {@code serve --demo}: in a database without shops, two shops are created, each with its default
 * segments, its records and an admin token: shop 1 "Demo Shop" from the seeded generator and shop 2 "Online
 * Retail" from the real UCI data set shipped in this jar. All in one transaction, so a database holds the
 * whole demo or none of it; the server then loads them like any other shops.
 */
final class Demo {
  static final long GENERATED_SHOP = 1;
  static final long ONLINE_RETAIL_SHOP = 2;
  static final int GENERATED_CUSTOMERS = 20_000;
  static final long SEED = 42;
  private static final String ONLINE_RETAIL = "/demo/online-retail/";

  /** A demo shop as created: its row, its admin token (shown once), counts and the segment the examples use. */
  record CreatedShop(ShopRow shop, String token, long customers, long orders, SegmentRow purchasers) {
    CreatedShop {
      Objects.requireNonNull(shop, "shop");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(purchasers, "purchasers");
    }
  }

  /** What {@code --demo} found: a database with shops already, or the demo it created. */
  sealed interface Outcome {
    record Existing(List<ShopRow> shops) implements Outcome {
      public Existing {
        shops = List.copyOf(shops);
      }
    }

    record Created(List<CreatedShop> shops) implements Outcome {
      public Created {
        shops = List.copyOf(shops);
      }
    }
  }

  private Demo() {
  }

  /** Creates the demo unless the database has shops; progress goes to {@code progress}. */
  static Outcome prepare(Storage storage, Instant now, PrintWriter progress) {
    List<ShopRow> existing = storage.read(tx -> tx.shops().list());
    if (!existing.isEmpty()) {
      return new Outcome.Existing(existing);
    }
    Instant at = now.truncatedTo(ChronoUnit.SECONDS);
    long started = System.nanoTime();
    Path generated = temporaryDirectory();
    try {
      progress.printf("demo: generating %,d customers (seed %d)...%n", GENERATED_CUSTOMERS, SEED);
      progress.flush();
      StoreGenerator.generate(new GeneratorOptions(GENERATED_CUSTOMERS, SEED, at), generated);
      Shop generatedShop = shopFile(DemoShops.StoreFiles.directory(generated));
      Shop retailShop = shopFile(Demo::onlineRetailFile);
      progress.printf("demo: generated in %.1f s; storing the Demo Shop and the Online Retail shop...%n",
          (System.nanoTime() - started) / 1e9);
      progress.flush();
      List<CreatedShop> created = storage.write(tx -> List.of(
          create(tx, new ShopRow(GENERATED_SHOP, "Demo Shop", generatedShop.timezone(), generatedShop.currency(), at),
              DemoShops.StoreFiles.directory(generated), at),
          create(tx, new ShopRow(ONLINE_RETAIL_SHOP, "Online Retail", retailShop.timezone(), retailShop.currency(), at),
              Demo::onlineRetailFile, at)));
      progress.printf("demo: created in %.1f s%n", (System.nanoTime() - started) / 1e9);
      progress.flush();
      return new Outcome.Created(created);
    } finally {
      deleteRecursively(generated);
    }
  }

  private static CreatedShop create(Transaction tx, ShopRow shop, DemoShops.StoreFiles files, Instant now)
      throws SQLException {
    ShopSetup.create(tx, shop, now);
    try {
      DemoShops.storeRecords(tx, shop.id(), files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo data of shop " + shop.id(), e);
    }
    String token = Secrets.newToken("sgm_");
    tx.tokens().create(shop.id(), "demo admin", EnumSet.of(Scope.ADMIN), Secrets.hash(token), now);
    SegmentRow purchasers = tx.segments().list(shop.id()).stream()
        .filter(row -> row.name().equals(ShopSetup.DEFAULT_SEGMENTS.get(0).name())).findFirst().orElseThrow();
    return new CreatedShop(shop, token, tx.records().count(shop.id(), RecordKind.CUSTOMER),
        tx.records().count(shop.id(), RecordKind.ORDER), purchasers);
  }

  private static Optional<InputStream> onlineRetailFile(String name) {
    return Optional.ofNullable(Demo.class.getResourceAsStream(ONLINE_RETAIL + name));
  }

  private static Shop shopFile(DemoShops.StoreFiles files) {
    try (InputStream in = files.open("shop.json").orElseThrow(() -> new IllegalStateException("no shop.json"))) {
      return switch (RecordDecoding.shop(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
        case RecordDecoding.Result.Decoded<Shop> decoded -> decoded.value();
        case RecordDecoding.Result.Rejected<Shop> rejected ->
            throw new IllegalStateException("the demo's shop.json is invalid: " + rejected.reason());
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the demo's shop.json", e);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("segmentum-demo");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for the demo", e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
