package org.segmentum.model;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes store directories for tests. */
final class TestStores {
  static final String SHOP = "{\"id\": 1, \"name\": \"Test shop\", \"timezone\": \"Europe/Sofia\", \"currency\": \"EUR\"}";

  private TestStores() {}

  /** A directory with {@code shop.json} in {@code dir}. */
  static Path withShop(Path dir) {
    return write(dir, "shop.json", SHOP);
  }

  /** Writes {@code lines} (joined by newlines) to {@code dir/name}, gzipped when the name ends in .gz. */
  static Path write(Path dir, String name, String... lines) {
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Path file = dir.resolve(name);
      if (name.endsWith(".gz")) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
          out.write(bytes);
        }
      } else {
        Files.write(file, bytes);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid customer line. */
  static String customer(long id) {
    return "{\"id\": " + id + ", \"created_at\": \"2025-01-01T10:00:00Z\"}";
  }
}
