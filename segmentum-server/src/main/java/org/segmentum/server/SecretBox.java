package org.segmentum.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets for storage with AES-256-GCM (JDK {@code javax.crypto}): a fresh random 96-bit nonce per
 * value, a 128-bit tag, and the place the secret belongs to (say {@code smtp-password:shop=1}) as
 * associated data, so a sealed value copied to another shop or field does not open. Stored form:
 * {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). Without a configured key nothing can be sealed: saving a
 * secret is refused with a problem that says how to configure one. Thread-safe.
 */
final class SecretBox {
  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Optional<EncryptionKey> key;

  SecretBox(Optional<EncryptionKey> key) {
    this.key = key;
  }

  /** Seals a secret for the place it belongs to; a 409 problem when the server has no key. */
  String seal(String secret, String place) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, place);
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
          .put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Opens a sealed secret. Fails (an {@link IllegalStateException} with a message that names no secret) when
   * there is no key, the key is not the one it was sealed with, or the value was changed or moved.
   */
  String open(String sealed, String place) {
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalStateException("the stored secret of " + place + " is not in a known format");
    }
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("the stored secret of " + place + " is truncated");
    }
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, place);
      return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new IllegalStateException("the stored secret of " + place + " does not open with the configured key "
          + "(was the key changed?); save it again", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  boolean hasKey() {
    return key.isPresent();
  }

  private Cipher cipher(int mode, byte[] nonce, String place) throws GeneralSecurityException {
    EncryptionKey configured = key.orElseThrow(SecretBox::noKey);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(configured.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  static ApiProblem noKey() {
    return new ApiProblem(409, "no-secret-key", "No secret key configured",
        "this server has no secret key to encrypt credentials with: set " + EncryptionKey.VARIABLE
            + " (base64 of 32 random bytes, e.g. `openssl rand -base64 32`) or " + EncryptionKey.FILE_VARIABLE
            + " and restart; nothing was saved");
  }
}
