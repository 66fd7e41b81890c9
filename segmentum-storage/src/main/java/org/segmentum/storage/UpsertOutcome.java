package org.segmentum.storage;

/** What storing a record did (DATA.md §2: loaded, replaced, or ignored as stale). */
public enum UpsertOutcome {
  LOADED,
  REPLACED,
  STALE
}
