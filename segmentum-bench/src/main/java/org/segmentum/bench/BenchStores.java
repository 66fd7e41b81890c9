package org.segmentum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.segmentum.engine.Engine;
import org.segmentum.model.LoadResult;
import org.segmentum.model.StoreDirectory;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.model.generate.StoreGenerator;

/**
 * Generated stores for benchmarks, kept between runs under {@code segmentum.bench.data} (default
 * {@code target/bench-data}): generated once per size and seed, then reused.
 */
public final class BenchStores {
  public static final long SEED = 42;

  private BenchStores() {
  }

  public static Path directory(int customers) {
    Path root = Path.of(System.getProperty("segmentum.bench.data", "target/bench-data"));
    Path dir = root.resolve(customers + "-" + SEED);
    if (!Files.exists(dir.resolve("customers.ndjson"))) {
      StoreGenerator.generate(new GeneratorOptions(customers, SEED, GeneratorOptions.DEFAULT_NOW), dir);
    }
    return dir;
  }

  /** An engine over the generated store, evaluated at the generator's "now". */
  public static Engine engine(int customers) {
    LoadResult loaded = StoreDirectory.read(directory(customers));
    return Engine.load(loaded.store(), Clock.fixed(GeneratorOptions.DEFAULT_NOW, ZoneOffset.UTC));
  }
}
