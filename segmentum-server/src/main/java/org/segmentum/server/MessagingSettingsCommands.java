package org.segmentum.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentum.storage.ChannelProviderRow;
import org.segmentum.storage.SmtpSettingsRow;

/**
 * A shop's SMTP server and channel providers: checked, stored with their secrets sealed, and shown without
 * them (only whether one is set). A password left out of a change keeps the stored one; {@code null}
 * removes it. Saving a secret needs the server's secret key. The SMTP settings also keep the From address
 * new email campaigns start with.
 */
final class MessagingSettingsCommands {
  static final int DEFAULT_MESSAGES_PER_MINUTE = 60;
  static final int MAX_MESSAGES_PER_MINUTE = 100_000;
  private final ShopRuntime shop;
  private final SecretBox secrets;

  MessagingSettingsCommands(ShopRuntime shop, SecretBox secrets) {
    this.shop = shop;
    this.secrets = secrets;
  }

  /** Where a shop's SMTP password belongs (the sealing's associated data). */
  static String smtpPlace(long shopId) {
    return "smtp-password:shop=" + shopId;
  }

  static String providerPlace(long shopId, CampaignChannel channel) {
    return "provider-secret:shop=" + shopId + ":channel=" + channel.name();
  }

  Map<String, Object> smtp() {
    return smtpView(shop.storage().read(tx -> tx.messaging().smtp(id()))
        .orElseThrow(() -> ApiProblem.notFound("shop " + id() + " has no SMTP server configured")));
  }

  Map<String, Object> saveSmtp(String body) {
    JsonFields fields = JsonFields.of(body);
    String host = fields.requiredText("host").strip();
    if (fields.has("host") && (host.isEmpty() || host.length() > 253 || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+"))) {
      fields.error("host", "must be a host name or an address");
    }
    String securityText = fields.text("security").orElse("starttls");
    Optional<SmtpServer.Security> security = SmtpServer.Security.parse(securityText);
    if (security.isEmpty()) {
      fields.error("security", "must be starttls, tls or none, got '" + securityText + "'");
    }
    long port = fields.integer("port", defaultPort(security.orElse(SmtpServer.Security.STARTTLS)), 1, 65_535);
    String username = fields.text("username").orElse("").strip();
    long rate = fields.integer("messages_per_minute", DEFAULT_MESSAGES_PER_MINUTE, 1, MAX_MESSAGES_PER_MINUTE);
    Optional<String> password = fields.text("password");
    String sender = fields.text("sender").orElse("").strip();
    if (!sender.isEmpty() && !CampaignContentReader.isAddress(sender)) {
      fields.error("sender", "must be an email address such as \"Shop <news@shop.example>\" (or empty)");
    }
    fields.throwIfInvalid("invalid-settings");
    Optional<String> sealed;
    if (username.isEmpty() || fields.isNull("password")) {
      sealed = Optional.empty();
    } else if (password.isPresent()) {
      sealed = Optional.of(secrets.seal(password.get(), smtpPlace(id())));
    } else {
      sealed = shop.storage().read(tx -> tx.messaging().smtp(id())).flatMap(SmtpSettingsRow::sealedPassword);
    }
    SmtpSettingsRow row = new SmtpSettingsRow(id(), host, (int) port, security.orElseThrow().name(), username, sealed,
        (int) rate, sender, shop.clock().instant());
    shop.storage().write(tx -> {
      tx.messaging().saveSmtp(row);
      return null;
    });
    return smtpView(row);
  }

  void deleteSmtp() {
    if (!shop.storage().write(tx -> tx.messaging().deleteSmtp(id()))) {
      throw ApiProblem.notFound("shop " + id() + " has no SMTP server configured");
    }
  }

  Map<String, Object> provider(CampaignChannel channel) {
    return providerView(shop.storage().read(tx -> tx.messaging().provider(id(), channel.name()))
        .orElseThrow(() -> ApiProblem.notFound("shop " + id() + " has no " + channel.wireName() + " provider")));
  }

  Map<String, Object> providers() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("providers", shop.storage().read(tx -> tx.messaging().providers(id())).stream()
        .map(MessagingSettingsCommands::providerView).toList());
    return body;
  }

  Map<String, Object> saveProvider(CampaignChannel channel, String body) {
    JsonFields fields = JsonFields.of(body);
    String url = fields.requiredText("url").strip();
    if (fields.has("url") && !webUrl(url)) {
      fields.error("url", "must be an absolute http or https URL");
    }
    long rate = fields.integer("messages_per_minute", DEFAULT_MESSAGES_PER_MINUTE, 1, MAX_MESSAGES_PER_MINUTE);
    Optional<String> secret = fields.text("secret");
    Optional<ChannelProviderRow> stored = shop.storage().read(tx -> tx.messaging().provider(id(), channel.name()));
    if (secret.isEmpty() && stored.isEmpty()) {
      fields.error("secret", "is required (the key the messages are signed with)");
    } else if (secret.isPresent() && secret.get().length() < 16) {
      fields.error("secret", "must be at least 16 characters");
    }
    fields.throwIfInvalid("invalid-settings");
    String sealed = secret.isPresent() ? secrets.seal(secret.get(), providerPlace(id(), channel))
        : stored.orElseThrow().sealedSecret();
    ChannelProviderRow row = new ChannelProviderRow(id(), channel.name(), url, sealed, (int) rate,
        shop.clock().instant());
    shop.storage().write(tx -> {
      tx.messaging().saveProvider(row);
      return null;
    });
    return providerView(row);
  }

  void deleteProvider(CampaignChannel channel) {
    if (!shop.storage().write(tx -> tx.messaging().deleteProvider(id(), channel.name()))) {
      throw ApiProblem.notFound("shop " + id() + " has no " + channel.wireName() + " provider");
    }
  }

  private long id() {
    return shop.shop().id();
  }

  private static long defaultPort(SmtpServer.Security security) {
    return switch (security) {
      case STARTTLS -> 587;
      case TLS -> 465;
      case NONE -> 25;
    };
  }

  private static boolean webUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Map<String, Object> smtpView(SmtpSettingsRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("host", row.host());
    view.put("port", row.port());
    view.put("security", row.security().toLowerCase(Locale.ROOT));
    view.put("username", row.username());
    view.put("password_set", row.sealedPassword().isPresent());
    view.put("messages_per_minute", row.messagesPerMinute());
    view.put("sender", row.sender());
    view.put("updated_at", row.updatedAt().toString());
    return view;
  }

  private static Map<String, Object> providerView(ChannelProviderRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("channel", row.channel().toLowerCase(Locale.ROOT));
    view.put("url", row.url());
    view.put("secret_set", true);
    view.put("messages_per_minute", row.messagesPerMinute());
    view.put("updated_at", row.updatedAt().toString());
    return view;
  }
}
