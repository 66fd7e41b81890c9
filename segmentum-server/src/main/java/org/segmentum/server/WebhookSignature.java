package org.segmentum.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: base64 of HMAC-SHA256 over the raw body bytes, keyed with the
 * subscription's secret (its UTF-8 bytes), sent as {@code X-Segmentum-Hmac-SHA256}.
 */
final class WebhookSignature {
  static final String HEADER = "X-Segmentum-Hmac-SHA256";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSignature() {
  }

  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
