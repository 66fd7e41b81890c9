package org.segmentum.model.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.segmentum.model.ModelException;

/**
 * Writes a synthetic store directory (DATA.md §5) whose shapes follow real shops: orders per customer
 * geometric with a long tail (about 60 % of customers order), order dates spread between sign-up and
 * "now", baskets of 1–5 lines, log-normal prices, Zipf-popular products, tags and cities, a few percent
 * abandoned checkouts, email events for subscribers and storefront views. Deterministic: one seeded
 * {@link SplittableRandom} drives everything in a fixed order, so a seed gives byte-identical files.
 */
public final class StoreGenerator {
  static final long FIVE_YEARS = 5L * 365 * 86400;

  private final GeneratorOptions options;
  private final SplittableRandom random;
  private final Catalog catalog;

  private StoreGenerator(GeneratorOptions options) {
    this.options = options;
    this.random = new SplittableRandom(options.seed());
    this.catalog = new Catalog(Math.max(50, Math.min(20_000, options.customers() / 20)), random);
  }

  /** Writes the store directory (created if needed); returns counts of what was written. */
  public static GeneratedCounts generate(GeneratorOptions options, Path directory) {
    try {
      Files.createDirectories(directory);
      return new StoreGenerator(options).write(directory);
    } catch (IOException e) {
      throw new ModelException("cannot write the store to " + directory + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ModelException("cannot write the store to " + directory + ": " + e.getCause().getMessage(), e);
    }
  }

  private GeneratedCounts write(Path dir) throws IOException {
    Files.writeString(dir.resolve("shop.json"),
        "{\"id\":1,\"name\":\"Demo Outfitters\",\"timezone\":\"Europe/Sofia\",\"currency\":\"EUR\"}\n");
    try (NdjsonFile definitions = new NdjsonFile(dir.resolve("metafield_definitions.ndjson"))) {
      JsonGenerator json = definitions.json();
      json.writeStartObject();
      json.writeStringField("namespace", "loyalty");
      json.writeStringField("key", "points");
      json.writeStringField("name", "Loyalty points");
      json.writeStringField("type", "integer");
      json.writeEndObject();
      definitions.endLine();
    }
    try (NdjsonFile categories = new NdjsonFile(dir.resolve("categories.ndjson"));
         NdjsonFile products = new NdjsonFile(dir.resolve("products.ndjson"))) {
      catalog.write(categories, products);
    }
    CustomerWriter customers = new CustomerWriter(options, random, catalog);
    try (NdjsonFile customerFile = new NdjsonFile(dir.resolve("customers.ndjson"));
         NdjsonFile orderFile = new NdjsonFile(dir.resolve("orders.ndjson"));
         NdjsonFile checkoutFile = new NdjsonFile(dir.resolve("checkouts.ndjson"));
         NdjsonFile eventFile = new NdjsonFile(dir.resolve("events.ndjson"))) {
      for (long id = 1; id <= options.customers(); id++) {
        customers.write(id, customerFile, orderFile, checkoutFile, eventFile);
      }
    }
    return customers.counts(catalog.size());
  }
}
