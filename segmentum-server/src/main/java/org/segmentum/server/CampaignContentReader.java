package org.segmentum.server;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.segmentum.storage.CampaignContent;

/**
 * Reads a campaign's content from a request body, over the current content for an edit: a name of 1 to 255
 * characters, a channel, a segment of the shop, a sender (an email address for email), a subject (email
 * only) and a body, both templates that parse. Every problem is answered together in one 422.
 */
final class CampaignContentReader {
  private static final int MAX_NAME = 255;
  private static final int MAX_TEMPLATE = 512 * 1024;

  private CampaignContentReader() {
  }

  /** The content of a body; every problem at once as one 422. */
  static CampaignContent read(JsonFields fields, ShopRuntime shop, Optional<CampaignContent> current) {
    String name = fields.text("name").or(() -> current.map(CampaignContent::name)).orElse("").strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      fields.error("name", "must be 1 to " + MAX_NAME + " characters");
    }
    String channelText = fields.text("channel").or(() -> current.map(CampaignContent::channel)).orElse("email");
    Optional<CampaignChannel> channel = CampaignChannel.parse(channelText);
    if (channel.isEmpty()) {
      fields.error("channel", "must be email, sms, messenger or viber, got '" + channelText + "'");
    }
    long segment = fields.integer("segment_id").or(() -> current.map(CampaignContent::segmentId)).orElse(-1L);
    if (segment < 0) {
      if (!fields.has("segment_id") || fields.isNull("segment_id")) {
        fields.error("segment_id", "is required");
      }
    } else if (shop.segment(segment).isEmpty()) {
      fields.error("segment_id", "names no segment of this shop: " + segment);
    }
    boolean email = channel.orElse(CampaignChannel.EMAIL) == CampaignChannel.EMAIL;
    String sender = fields.text("sender").or(() -> current.map(CampaignContent::sender)).orElse("").strip();
    checkSender(fields, email, sender);
    String subject = email ? fields.text("subject").or(() -> current.map(CampaignContent::subject)).orElse("") : "";
    if (email && subject.isBlank()) {
      fields.error("subject", "is required for email");
    }
    String body = fields.text("body").or(() -> current.map(CampaignContent::body)).orElse("");
    if (body.isBlank() || body.length() > MAX_TEMPLATE) {
      fields.error("body", "must not be empty nor longer than " + MAX_TEMPLATE + " characters");
    }
    CampaignMessages.check(fields, "subject", subject);
    CampaignMessages.check(fields, "body", body);
    fields.throwIfInvalid("invalid-campaign");
    return new CampaignContent(name, channel.orElseThrow().name(), segment, sender, subject.strip(), body);
  }

  private static void checkSender(JsonFields fields, boolean email, String sender) {
    if (!email) {
      if (sender.length() > 100) {
        fields.error("sender", "must be at most 100 characters");
      }
      return;
    }
    if (sender.isEmpty()) {
      fields.error("sender", "is required for email (an address such as \"Shop <news@shop.example>\")");
      return;
    }
    try {
      new InternetAddress(sender, true).validate();
    } catch (AddressException e) {
      fields.error("sender", "is not an email address: " + e.getMessage());
    }
  }

  /** Whether the text is one email address, with or without a display name. */
  static boolean isAddress(String text) {
    try {
      new InternetAddress(text, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }
}
