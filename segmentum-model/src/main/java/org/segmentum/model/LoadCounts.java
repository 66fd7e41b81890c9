package org.segmentum.model;

import java.util.Objects;

/**
 * What happened to the records of one file (or of all files). Every record is counted exactly once.
 *
 * @param file the file name, or {@code total}
 * @param loaded records that added a new entity
 * @param replaced records that replaced a stored entity with the same id
 * @param stale customer records ignored because their {@code updated_at} is older than the stored one's
 * @param deleted customer deletions ({@code {"id": 7, "deleted": true}})
 * @param rejected records rejected with a {@link LoadProblem}
 */
public record LoadCounts(String file, long loaded, long replaced, long stale, long deleted, long rejected) {
  public LoadCounts {
    Objects.requireNonNull(file, "file");
    if (loaded < 0 || replaced < 0 || stale < 0 || deleted < 0 || rejected < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The number of records counted. */
  public long records() {
    return loaded + replaced + stale + deleted + rejected;
  }

  /** These counts plus {@code other}'s, under the given name. */
  LoadCounts plus(String name, LoadCounts other) {
    return new LoadCounts(name, loaded + other.loaded, replaced + other.replaced, stale + other.stale,
        deleted + other.deleted, rejected + other.rejected);
  }

  /** E.g. {@code customers.ndjson.gz: 4372 loaded, 0 replaced, 0 stale, 0 rejected} (deletions only when there are some). */
  public String summary() {
    return file + ": " + loaded + " loaded, " + replaced + " replaced, " + stale + " stale, " + rejected + " rejected"
        + (deleted == 0 ? "" : ", " + deleted + " deleted");
  }
}
