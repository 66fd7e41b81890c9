package org.segmentum.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Reads a store directory (DATA.md §2): {@code shop.json} and one newline-delimited JSON file per
 * entity kind, each also accepted gzip-compressed as {@code <name>.gz}; a missing file means none.
 *
 * <p>Files are streamed line by line and loaded in dependency order: metafield definitions,
 * categories, products, customers, then orders, checkouts and events (which must name a customer
 * loaded before). A bad record is rejected alone, with a {@link LoadProblem}; the others load.
 *
 * <p>Each file is decoded in chunks on a few short-lived worker threads (one per processor) and its
 * records are gathered in file order, so the outcome is that of reading it line by line.
 */
public final class StoreDirectory {
  /** The shop file, required. */
  public static final String SHOP_FILE = "shop.json";
  /** The entity files, in load order (each may also be present as {@code <name>.gz}). */
  public static final List<String> ENTITY_FILES = List.of(
      "metafield_definitions.ndjson", "categories.ndjson", "products.ndjson", "customers.ndjson",
      "orders.ndjson", "checkouts.ndjson", "events.ndjson");

  private StoreDirectory() {}

  /**
   * Loads the store in {@code dir}.
   *
   * @throws ModelException if {@code dir} is not a readable directory, if {@code shop.json} is missing
   *     or invalid, if a file exists both plain and gzipped, or if a file cannot be read
   */
  public static LoadResult read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new ModelException("not a store directory: " + dir + " is not a directory");
    }
    Shop shop = readShop(dir.resolve(SHOP_FILE));
    StoreCollector c = new StoreCollector();
    load(dir, ENTITY_FILES.get(0), c, MetafieldDefinitionDecoder::decode, c::definition);
    load(dir, ENTITY_FILES.get(1), c, CategoryDecoder::decode, c::category);
    load(dir, ENTITY_FILES.get(2), c, ProductDecoder::decode, c::product);
    load(dir, ENTITY_FILES.get(3), c, r -> CustomerDecoder.decode(r, c.definitions()), line -> {
      switch (line) {
        case CustomerLine.Upsert upsert -> c.customer(upsert.customer());
        case CustomerLine.Delete delete -> c.deleteCustomer(delete.id());
      }
    });
    LongPredicate knownCustomer = c::hasCustomer;
    load(dir, ENTITY_FILES.get(4), c, r -> OrderDecoder.decode(r, knownCustomer), c::order);
    load(dir, ENTITY_FILES.get(5), c, r -> CheckoutDecoder.decode(r, knownCustomer), c::checkout);
    load(dir, ENTITY_FILES.get(6), c, r -> EventDecoder.decode(r, knownCustomer), c::event);
    return new LoadResult(c.build(shop), c.report());
  }

  private static <T> void load(
      Path dir, String name, StoreCollector collector, JsonLines.LineDecoder<T> decoder, Consumer<T> sink) {
    Path plain = dir.resolve(name);
    Path gzipped = dir.resolve(name + ".gz");
    boolean hasPlain = Files.exists(plain);
    boolean hasGzipped = Files.exists(gzipped);
    if (hasPlain && hasGzipped) {
      throw new ModelException(dir + " holds both " + name + " and " + name + ".gz; keep one");
    }
    if (!hasPlain && !hasGzipped) {
      return;
    }
    Path file = hasPlain ? plain : gzipped;
    collector.beginFile(file.getFileName().toString());
    JsonLines.read(file, decoder, sink, collector::reject);
    collector.endFile();
  }

  private static Shop readShop(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ModelException("not a store directory: " + file.getParent() + " has no " + SHOP_FILE);
    }
    try (JsonParser parser = JsonLines.FACTORY.createParser(file.toFile())) {
      FieldReader reader = new FieldReader(parser, new DecimalText(), new SharedValues());
      parser.nextToken();
      Shop shop = ShopDecoder.decode(reader);
      if (parser.nextToken() != null) {
        throw new ModelException(file + ": unexpected content after the JSON object");
      }
      return shop;
    } catch (FieldException e) {
      throw new ModelException(file + ": " + (e.field() == null ? "" : e.field() + ": ") + e.reason());
    } catch (JsonProcessingException e) {
      throw new ModelException(file + ": malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
