package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets at rest: AES-256-GCM with a fresh nonce, bound to their place, and a key only from configuration. */
class SecretBoxTest {
  private static final byte[] KEY = new byte[32];
  private final SecretBox box = new SecretBox(Optional.of(EncryptionKey.of(KEY)));

  @TempDir
  Path directory;

  @Test
  void aSecretOpensOnlyWithTheKeyAndThePlaceItWasSealedFor() {
    String sealed = box.seal("s3cret pässword", "smtp-password:shop=1");
    assertThat(sealed).startsWith("v1:").doesNotContain("s3cret");
    assertThat(box.seal("s3cret pässword", "smtp-password:shop=1")).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(box.open(sealed, "smtp-password:shop=1")).isEqualTo("s3cret pässword");
    assertThatThrownBy(() -> box.open(sealed, "smtp-password:shop=2")).hasMessageContaining("does not open")
        .hasMessageNotContaining("s3cret");
    byte[] other = KEY.clone();
    other[0] = 1;
    assertThatThrownBy(() -> new SecretBox(Optional.of(EncryptionKey.of(other))).open(sealed, "smtp-password:shop=1"))
        .hasMessageContaining("does not open");
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
    bytes[bytes.length - 1] ^= 1;
    assertThatThrownBy(() -> box.open("v1:" + Base64.getEncoder().encodeToString(bytes), "smtp-password:shop=1"))
        .hasMessageContaining("does not open");
  }

  @Test
  void withoutAKeyNothingIsSealed() {
    assertThatThrownBy(() -> new SecretBox(Optional.empty()).seal("x", "p")).isInstanceOf(ApiProblem.class)
        .hasMessageContaining(EncryptionKey.VARIABLE);
  }

  @Test
  void theKeyComesFromTheEnvironmentOrAFile() throws Exception {
    String base64 = Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(EncryptionKey.fromEnvironment(Map.of(EncryptionKey.VARIABLE, base64))).contains(EncryptionKey.of(KEY));
    Path file = directory.resolve("key");
    Files.writeString(file, base64 + "\n");
    assertThat(EncryptionKey.fromEnvironment(Map.of(EncryptionKey.FILE_VARIABLE, file.toString())))
        .contains(EncryptionKey.of(KEY));
    assertThat(EncryptionKey.fromEnvironment(Map.of())).isEmpty();
    assertThatThrownBy(() -> EncryptionKey.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> EncryptionKey.fromBase64("not base64!")).hasMessageContaining("not base64");
    assertThat(EncryptionKey.of(KEY).toString()).doesNotContain("AAAA");
  }

  @Test
  void tlsModesCheckTheServersCertificate() {
    Properties starttls = new SmtpServer("smtp.example", 587, SmtpServer.Security.STARTTLS, "u", Optional.of("p"), 60)
        .properties("news@example.com");
    assertThat(starttls).containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "true")
        .containsKey("mail.smtp.timeout");
    Properties tls = new SmtpServer("smtp.example", 465, SmtpServer.Security.TLS, "", Optional.empty(), 60)
        .properties("news@example.com");
    assertThat(tls).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.ssl.checkserveridentity", "true")
        .containsEntry("mail.smtp.auth", "false");
  }
}
