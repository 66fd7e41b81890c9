package org.segmentum.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The 32-byte key that seals secrets at rest (SMTP passwords, channel provider secrets). It comes from
 * configuration: {@code SEGMENTUM_SECRET_KEY} (base64 of 32 random bytes) or a file named by
 * {@code SEGMENTUM_SECRET_KEY_FILE} holding the same base64 text. Never printed: {@link #toString} hides it.
 */
public final class EncryptionKey {
  /** The environment variable with the base64 key. */
  public static final String VARIABLE = "SEGMENTUM_SECRET_KEY";
  /** The environment variable naming a file with the base64 key. */
  public static final String FILE_VARIABLE = "SEGMENTUM_SECRET_KEY_FILE";
  private static final int LENGTH = 32;

  private final byte[] bytes;

  private EncryptionKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A key of exactly 32 bytes (copied). */
  public static EncryptionKey of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("the secret key must be 32 bytes, got " + bytes.length);
    }
    return new EncryptionKey(bytes.clone());
  }

  /** A key from its base64 text (standard or URL-safe alphabet, surrounding blanks ignored). */
  public static EncryptionKey fromBase64(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    byte[] decoded;
    try {
      decoded = trimmed.contains("-") || trimmed.contains("_") ? Base64.getUrlDecoder().decode(trimmed)
          : Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the secret key is not base64: " + e.getMessage(), e);
    }
    return of(decoded);
  }

  /** A key from a file holding its base64 text. */
  public static EncryptionKey fromFile(Path file) throws IOException {
    return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
  }

  /**
   * The key configured in an environment ({@code SEGMENTUM_SECRET_KEY}, else the file named by
   * {@code SEGMENTUM_SECRET_KEY_FILE}); empty when neither is set.
   */
  public static Optional<EncryptionKey> fromEnvironment(Map<String, String> environment) throws IOException {
    String value = environment.get(VARIABLE);
    if (value != null && !value.isBlank()) {
      return Optional.of(fromBase64(value));
    }
    String file = environment.get(FILE_VARIABLE);
    if (file != null && !file.isBlank()) {
      return Optional.of(fromFile(Path.of(file.strip())));
    }
    return Optional.empty();
  }

  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EncryptionKey key && java.security.MessageDigest.isEqual(bytes, key.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "EncryptionKey[hidden]";
  }
}
