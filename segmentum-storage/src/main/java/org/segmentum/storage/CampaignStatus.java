package org.segmentum.storage;

/**
 * Where a campaign is: a {@code DRAFT} can be edited; sending starts by recording every recipient and
 * moves it to {@code SENDING}, which can be {@code PAUSED} and resumed; it ends {@code COMPLETED} (nobody
 * left to send to) or {@code CANCELLED} (the rest skipped).
 */
public enum CampaignStatus {
  DRAFT,
  SENDING,
  PAUSED,
  COMPLETED,
  CANCELLED
}
