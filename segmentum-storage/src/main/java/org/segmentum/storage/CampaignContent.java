package org.segmentum.storage;

import java.util.Objects;

/**
 * What a campaign sends: its name, channel ({@code EMAIL SMS MESSENGER VIBER}), the segment it goes to,
 * the sender, and the subject and body templates (the subject is empty for channels without one).
 */
public record CampaignContent(String name, String channel, long segmentId, String sender, String subject,
    String body) {
  public CampaignContent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
