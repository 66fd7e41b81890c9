package org.segmentum.storage;

/**
 * Where one recipient of a campaign is. {@code PENDING} is recorded before anything is sent;
 * {@code ATTEMPTING} is committed before the message leaves; then {@code SENT}, {@code FAILED} (the
 * server refused it for good) or {@code SKIPPED} (no longer reachable, or the campaign was cancelled). A
 * recipient found {@code ATTEMPTING} after a restart may or may not have been reached: it becomes
 * {@code UNCERTAIN} and is never sent again (at most once).
 */
public enum RecipientStatus {
  PENDING,
  ATTEMPTING,
  SENT,
  FAILED,
  UNCERTAIN,
  SKIPPED
}
