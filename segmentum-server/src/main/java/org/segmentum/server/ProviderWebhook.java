package org.segmentum.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one message to a channel provider's webhook: a JSON body signed with HMAC-SHA256 over the raw
 * bytes with the provider's secret ({@code X-Segmentum-Hmac-SHA256}, base64), and the message id in
 * {@code X-Segmentum-Message-Id} for de-duplication. A 2xx is delivered; no connection, 408, 429 or 5xx is
 * "not reached" (tried again later); another 4xx is refused; a timeout or a connection lost mid-way may
 * have delivered it (never sent again).
 */
final class ProviderWebhook {
  static final String SIGNATURE_HEADER = "X-Segmentum-Hmac-SHA256";
  static final String MESSAGE_ID_HEADER = "X-Segmentum-Message-Id";
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A provider opened for use: its URL, the secret in the clear (in memory only) and its rate. */
  record Provider(URI url, String secret, int messagesPerMinute) {
    Provider {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(secret, "secret");
    }
  }

  private ProviderWebhook() {
  }

  static Delivery post(Provider provider, OutgoingMessage message, Instant now) {
    byte[] body = body(message, now);
    HttpRequest request = HttpRequest.newBuilder(provider.url()).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .header(SIGNATURE_HEADER, sign(provider.secret(), body))
        .header(MESSAGE_ID_HEADER, message.messageId())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<Void> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (ConnectException e) {
      return new Delivery.NotReached("cannot connect to the provider at " + provider.url().getHost() + ": " + e);
    } catch (java.net.http.HttpConnectTimeoutException e) {
      return new Delivery.NotReached("no connection to the provider at " + provider.url().getHost() + " in time");
    } catch (HttpTimeoutException e) {
      return new Delivery.Unknown("the provider did not answer in time; the message may have arrived");
    } catch (IOException e) {
      return new Delivery.Unknown("the connection to the provider broke off; the message may have arrived: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery.Unknown("interrupted while posting; the message may have arrived");
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new Delivery.Delivered();
    }
    String reason = "the provider answered HTTP " + status;
    return status == 408 || status == 429 || status >= 500 ? new Delivery.NotReached(reason)
        : new Delivery.Refused(reason);
  }

  /** The JSON posted for a message. */
  static byte[] body(OutgoingMessage message, Instant now) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message_id", message.messageId());
    body.put("shop_id", message.shopId());
    body.put("campaign_id", message.campaignId());
    body.put("channel", message.channel().wireName());
    body.put("customer_id", message.customerId());
    body.put("to", message.to());
    body.put("sender", message.sender());
    body.put("text", message.body());
    body.put("test", message.test());
    body.put("sent_at", now.toString());
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a message could not be written as JSON", e);
    }
  }

  /** Base64 HMAC-SHA256 of the bytes with the secret. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
