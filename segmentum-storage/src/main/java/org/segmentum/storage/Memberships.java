package org.segmentum.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The membership last made durable and the log of joined/left events that led to it. Appending events
 * updates both in the same transaction, so the log replayed from empty always gives the stored members.
 */
public final class Memberships {
  private static final String EVENT_COLUMNS = "seq, event_id, shop_id, segment_id, customer_id, type, at, cause";
  private final Statements statements;
  private final Flavor flavor;

  Memberships(Statements statements, Flavor flavor) {
    this.statements = statements;
    this.flavor = flavor;
  }

  /** Logs the events (in order) and applies them to the stored members; returns them as stored. */
  public List<StoredEvent> append(long shopId, List<NewEvent> events) throws SQLException {
    List<StoredEvent> stored = new ArrayList<>(events.size());
    if (events.isEmpty()) {
      return stored;
    }
    long[] sequence = reserveSequence(events.size());
    try (PreparedStatement log = statements.connection().prepareStatement("INSERT INTO membership_events ("
        + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement join = statements.connection().prepareStatement(
             "INSERT INTO segment_members (segment_id, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
         PreparedStatement leave = statements.connection().prepareStatement(
             "DELETE FROM segment_members WHERE segment_id = ? AND customer_id = ?")) {
      int next = 0;
      for (NewEvent event : events) {
        StoredEvent row = new StoredEvent(sequence[next++], UUID.randomUUID().toString(), shopId, event.segmentId(),
            event.customerId(), event.joined(), event.at(), event.cause());
        Statements.bind(log, row.seq(), row.eventId(), shopId, row.segmentId(), row.customerId(), row.type(),
            row.at().toEpochMilli(), row.cause());
        log.addBatch();
        PreparedStatement member = event.joined() ? join : leave;
        Statements.bind(member, event.segmentId(), event.customerId());
        member.addBatch();
        stored.add(row);
      }
      log.executeBatch();
      join.executeBatch();
      leave.executeBatch();
    }
    return stored;
  }

  /**
   * {@code count} new, ascending sequence numbers. SQLite has one writer, so they follow the maximum;
   * PostgreSQL draws them from the column's sequence. Within a shop, writes are serialised by the caller,
   * so a shop's events commit in sequence order and a cursor never skips one.
   */
  private long[] reserveSequence(int count) throws SQLException {
    return switch (flavor) {
      case SQLITE -> {
        long first = statements.longValue("SELECT COALESCE(MAX(seq), 0) + 1 FROM membership_events");
        yield java.util.stream.LongStream.range(first, first + count).toArray();
      }
      case POSTGRESQL -> statements.list("SELECT nextval('membership_events_seq_seq') FROM generate_series(1, ?)",
          row -> row.getLong(1), count).stream().mapToLong(Long::longValue).sorted().toArray();
    };
  }

  /** The stored members of every segment of the shop, ascending ids. */
  public Map<Long, long[]> members(long shopId) throws SQLException {
    Map<Long, List<Long>> lists = new HashMap<>();
    try (PreparedStatement statement = statements.connection().prepareStatement(
        "SELECT m.segment_id, m.customer_id FROM segment_members m JOIN segments s ON s.id = m.segment_id "
            + "WHERE s.shop_id = ? ORDER BY m.segment_id, m.customer_id")) {
      statement.setFetchSize(10_000);
      Statements.bind(statement, shopId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lists.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
        }
      }
    }
    Map<Long, long[]> members = new HashMap<>();
    lists.forEach((segment, ids) -> members.put(segment, ids.stream().mapToLong(Long::longValue).toArray()));
    return members;
  }

  /** Events of one segment after a cursor ({@code seq}), oldest first. */
  public List<StoredEvent> eventsAfter(long shopId, long segmentId, long afterSeq, int limit) throws SQLException {
    return statements.list("SELECT " + EVENT_COLUMNS + " FROM membership_events WHERE shop_id = ? AND segment_id = ? "
        + "AND seq > ? ORDER BY seq LIMIT ?", Memberships::event, shopId, segmentId, afterSeq, limit);
  }

  /** The highest event sequence number of a segment (0 when none): the cursor of "now". */
  public long lastSequence(long shopId, long segmentId) throws SQLException {
    return statements.longValue("SELECT COALESCE(MAX(seq), 0) FROM membership_events WHERE shop_id = ? "
        + "AND segment_id = ?", shopId, segmentId);
  }

  static StoredEvent event(ResultSet row) throws SQLException {
    return new StoredEvent(row.getLong("seq"), row.getString("event_id"), row.getLong("shop_id"),
        row.getLong("segment_id"), row.getLong("customer_id"), "joined".equals(row.getString("type")),
        Instant.ofEpochMilli(row.getLong("at")), row.getString("cause"));
  }
}
