package org.segmentum.server;

import java.util.Objects;

/**
 * One rendered message on its way: to whom (customer id, 0 for a test send without a customer, and
 * address), from whom, the subject (email) and body, and an id that stays the same if it is ever handed
 * over again (the email Message-ID, the provider's de-duplication key).
 */
record OutgoingMessage(long shopId, long campaignId, long customerId, CampaignChannel channel, String to,
    String sender, String subject, String body, boolean test, String messageId) {
  OutgoingMessage {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(messageId, "messageId");
  }
}
