package org.segmentum.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.segmentum.server.EncryptionKey;
import org.segmentum.storage.StorageLocation;

/**
 * Where {@code serve} gets the key that seals stored secrets (SMTP passwords, channel provider secrets):
 * {@code SEGMENTUM_SECRET_KEY} or the file named by {@code SEGMENTUM_SECRET_KEY_FILE}; for {@code --demo}
 * without either, a key file next to the SQLite database, created (mode 0600) on the first start and read
 * on later ones. Without any, the server runs and refuses to store secrets.
 */
final class SecretKeySource {
  /** The key file of a demo database {@code shops.db}: {@code shops.db.key} in the same folder. */
  static final String DEMO_SUFFIX = ".key";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where the key came from, if from anywhere. */
  sealed interface Found {
    /** The key to seal secrets with; empty without one. */
    default Optional<EncryptionKey> secretKey() {
      return switch (this) {
        case Configured configured -> Optional.of(configured.key());
        case DemoFile demo -> Optional.of(demo.key());
        case None none -> Optional.empty();
      };
    }

    /** {@code SEGMENTUM_SECRET_KEY} or {@code SEGMENTUM_SECRET_KEY_FILE}. */
    record Configured(EncryptionKey key) implements Found {
      public Configured {
        Objects.requireNonNull(key, "key");
      }
    }

    /** The demo's key file, {@code created} on this start or found from an earlier one. */
    record DemoFile(EncryptionKey key, Path file, boolean created) implements Found {
      public DemoFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
      }
    }

    /** No key: storing a secret is refused until one is configured. */
    record None() implements Found {
    }
  }

  private SecretKeySource() {
  }

  /**
   * The key for a server over {@code location}: the environment's, else (with {@code demo} on SQLite) the
   * demo key file, else none. A configured key that is not 32 bytes of base64 is an
   * {@link IllegalArgumentException}; a file that cannot be read or written an {@link IOException}.
   */
  static Found find(Map<String, String> environment, boolean demo, StorageLocation location) throws IOException {
    Optional<EncryptionKey> configured = EncryptionKey.fromEnvironment(environment);
    if (configured.isPresent()) {
      return new Found.Configured(configured.get());
    }
    if (demo && location instanceof StorageLocation.SqliteFile sqlite) {
      return demoFile(demoKeyFile(sqlite.path()));
    }
    return new Found.None();
  }

  static Path demoKeyFile(Path database) {
    Path absolute = database.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + DEMO_SUFFIX);
  }

  private static Found demoFile(Path file) throws IOException {
    if (Files.exists(file)) {
      return new Found.DemoFile(EncryptionKey.fromFile(file), file, false);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String text = Base64.getEncoder().encodeToString(bytes) + "\n";
    Files.createDirectories(file.getParent());
    try {
      Files.write(createOwnerOnly(file), text.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return new Found.DemoFile(EncryptionKey.fromFile(file), file, false);
    }
    return new Found.DemoFile(EncryptionKey.of(bytes), file, true);
  }

  /** A new empty file only its owner may read and write (where the file system has POSIX permissions). */
  private static Path createOwnerOnly(Path file) throws IOException {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    return Files.createFile(file, attributes);
  }
}
