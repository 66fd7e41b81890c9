package org.segmentum.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secret tokens: 256 random bits, URL-safe, with a recognisable prefix; only their SHA-256 is stored. A
 * lookup hashes the presented token and finds the row by hash, then compares the hashes in constant time,
 * so neither the token nor timing reveals anything about stored secrets.
 */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {
  }

  /** A new token such as {@code sgm_api_3q2+...}: {@code prefix} followed by 43 URL-safe characters. */
  public static String newToken(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The hex SHA-256 of a token: what is stored and looked up. */
  public static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new StorageException("SHA-256 is not available", e);
    }
  }

  /** Constant-time equality of two hashes. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
