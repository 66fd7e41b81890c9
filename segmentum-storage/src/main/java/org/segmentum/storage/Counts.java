package org.segmentum.storage;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Member counts per segment and shop-local day (kept for the size-over-time chart). */
public final class Counts {
  private final Statements statements;

  Counts(Statements statements) {
    this.statements = statements;
  }

  /** Records the count of a day (the last one recorded on a day wins). */
  public void record(long segmentId, LocalDate day, long members, Instant countedAt) throws SQLException {
    statements.update("INSERT INTO segment_counts (segment_id, day, members, counted_at) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (segment_id, day) DO UPDATE SET members = excluded.members, counted_at = excluded.counted_at",
        segmentId, day.toString(), members, countedAt.toEpochMilli());
  }

  /** The counts of the days from {@code from} on, oldest first. */
  public List<DailyCount> since(long segmentId, LocalDate from) throws SQLException {
    return statements.list("SELECT day, members, counted_at FROM segment_counts WHERE segment_id = ? AND day >= ? "
        + "ORDER BY day", row -> new DailyCount(LocalDate.parse(row.getString(1)), row.getLong(2),
        Instant.ofEpochMilli(row.getLong(3))), segmentId, from.toString());
  }
}
