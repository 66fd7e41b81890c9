package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How a shop's messages leave: its SMTP server and its channel providers (one per channel). */
public final class MessagingSettings {
  private static final String SMTP_COLUMNS =
      "shop_id, host, port, security, username, sealed_password, messages_per_minute, sender, updated_at";
  private static final String PROVIDER_COLUMNS = "shop_id, channel, url, sealed_secret, messages_per_minute, updated_at";
  private final Statements statements;

  MessagingSettings(Statements statements) {
    this.statements = statements;
  }

  public Optional<SmtpSettingsRow> smtp(long shopId) throws SQLException {
    return statements.one("SELECT " + SMTP_COLUMNS + " FROM smtp_settings WHERE shop_id = ?",
        MessagingSettings::smtpRow, shopId);
  }

  /** Stores (or replaces) the shop's SMTP server. */
  public void saveSmtp(SmtpSettingsRow row) throws SQLException {
    statements.update("INSERT INTO smtp_settings (" + SMTP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (shop_id) DO UPDATE SET host = excluded.host, port = excluded.port, "
            + "security = excluded.security, username = excluded.username, sealed_password = excluded.sealed_password, "
            + "messages_per_minute = excluded.messages_per_minute, sender = excluded.sender, "
            + "updated_at = excluded.updated_at",
        row.shopId(), row.host(), row.port(), row.security(), row.username(), row.sealedPassword().orElse(null),
        row.messagesPerMinute(), row.sender(), row.updatedAt().toEpochMilli());
  }

  public boolean deleteSmtp(long shopId) throws SQLException {
    return statements.update("DELETE FROM smtp_settings WHERE shop_id = ?", shopId) == 1;
  }

  public Optional<ChannelProviderRow> provider(long shopId, String channel) throws SQLException {
    return statements.one("SELECT " + PROVIDER_COLUMNS + " FROM channel_providers WHERE shop_id = ? AND channel = ?",
        MessagingSettings::providerRow, shopId, channel);
  }

  public List<ChannelProviderRow> providers(long shopId) throws SQLException {
    return statements.list("SELECT " + PROVIDER_COLUMNS + " FROM channel_providers WHERE shop_id = ? ORDER BY channel",
        MessagingSettings::providerRow, shopId);
  }

  /** Stores (or replaces) the shop's provider of a channel. */
  public void saveProvider(ChannelProviderRow row) throws SQLException {
    statements.update("INSERT INTO channel_providers (" + PROVIDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (shop_id, channel) DO UPDATE SET url = excluded.url, sealed_secret = excluded.sealed_secret, "
            + "messages_per_minute = excluded.messages_per_minute, updated_at = excluded.updated_at",
        row.shopId(), row.channel(), row.url(), row.sealedSecret(), row.messagesPerMinute(),
        row.updatedAt().toEpochMilli());
  }

  public boolean deleteProvider(long shopId, String channel) throws SQLException {
    return statements.update("DELETE FROM channel_providers WHERE shop_id = ? AND channel = ?", shopId, channel) == 1;
  }

  private static SmtpSettingsRow smtpRow(ResultSet row) throws SQLException {
    return new SmtpSettingsRow(row.getLong("shop_id"), row.getString("host"), row.getInt("port"),
        row.getString("security"), row.getString("username"), Optional.ofNullable(row.getString("sealed_password")),
        row.getInt("messages_per_minute"), row.getString("sender"), Instant.ofEpochMilli(row.getLong("updated_at")));
  }

  private static ChannelProviderRow providerRow(ResultSet row) throws SQLException {
    return new ChannelProviderRow(row.getLong("shop_id"), row.getString("channel"), row.getString("url"),
        row.getString("sealed_secret"), row.getInt("messages_per_minute"),
        Instant.ofEpochMilli(row.getLong("updated_at")));
  }
}
