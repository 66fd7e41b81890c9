package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Loads the real shop built from the UCI "Online Retail" data set, kept next to the repository. */
class OnlineRetailStoreTest {
  private static final String STORE = "shared/data/online-retail/store";

  @Test
  void loadsTheWholeShopWithoutProblems() throws IOException {
    Path dir = storeDirectory();

    LoadResult result = StoreDirectory.read(dir);

    assertThat(result.report().problems()).isEmpty();
    assertThat(result.report().file("customers.ndjson.gz")).contains(
        new LoadCounts("customers.ndjson.gz", 4372, 0, 0, 0, 0));
    Store store = result.store();
    assertThat(store.shop().timezone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(store.customers()).hasSize(4372);
    assertThat(store.orders()).hasSize((int) nonBlankLines(dir.resolve("orders.ndjson.gz")));
    assertThat(store.products()).hasSize((int) nonBlankLines(dir.resolve("products.ndjson.gz")));
    assertThat(store.orders().size()).isGreaterThan(store.customers().size());
    assertThat(store.customers()).isSortedAccordingTo(java.util.Comparator.comparingLong(Customer::id));
    assertThat(store.orders()).allSatisfy(o -> assertThat(o.totalPrice()).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    assertThat(store.orders().stream().filter(Order::isCancelled).count()).isPositive();
  }

  private static long nonBlankLines(Path gz) throws IOException {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      return in.lines().filter(line -> !line.isBlank()).count();
    }
  }

  /** Walks up from the working directory to find the shared data next to (or inside) the repository. */
  private static Path storeDirectory() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate : new Path[] {p.resolve("../" + STORE), p.resolve(STORE)}) {
        if (Files.isDirectory(candidate)) {
          return candidate.normalize();
        }
      }
    }
    return fail("no folder " + STORE + " found next to the repository, walking up from "
        + Path.of("").toAbsolutePath());
  }
}
