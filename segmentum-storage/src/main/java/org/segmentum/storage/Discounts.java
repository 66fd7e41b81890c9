package org.segmentum.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Discount codes, the segments each is restricted to, and their usages. Codes are unique per shop ignoring
 * case ({@code code_key} is the upper-case code); a deleted segment drops out of every discount.
 */
public final class Discounts {
  private static final String COLUMNS = "id, shop_id, code, batch, value_type, value, starts_at, ends_at, "
      + "usage_limit, per_customer_limit, created_at";
  private final Statements statements;

  Discounts(Statements statements) {
    this.statements = statements;
  }

  /** The key a code is unique and found by: the code in upper case. */
  public static String key(String code) {
    return code.toUpperCase(Locale.ROOT);
  }

  public boolean codeTaken(long shopId, String code) throws SQLException {
    return statements.one("SELECT 1 FROM discounts WHERE shop_id = ? AND code_key = ?", row -> 1, shopId, key(code))
        .isPresent();
  }

  /** Adds a code with its terms; the caller checked that the code is free. */
  public DiscountRow create(long shopId, String code, Optional<String> batch, DiscountTerms terms, Instant now)
      throws SQLException {
    long id = statements.insert("INSERT INTO discounts (shop_id, code, code_key, batch, value_type, value, starts_at, "
            + "ends_at, usage_limit, per_customer_limit, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", shopId,
        code, key(code), batch.orElse(null), terms.valueType(), terms.value(), terms.startsAt().toEpochMilli(),
        terms.endsAt().map(Instant::toEpochMilli).orElse(null), boxed(terms.usageLimit()),
        boxed(terms.perCustomerLimit()), now.toEpochMilli());
    linkSegments(id, terms.segmentIds());
    return new DiscountRow(id, shopId, code, batch, terms, now);
  }

  /** The code, found ignoring case. */
  public Optional<DiscountRow> find(long shopId, String code) throws SQLException {
    Optional<DiscountRow> row = statements.one("SELECT " + COLUMNS + " FROM discounts WHERE shop_id = ? AND code_key = ?",
        Discounts::row, shopId, key(code));
    return row.isEmpty() ? row : Optional.of(withSegments(row.get(), segments(List.of(row.get().id()))));
  }

  /** A shop's codes by id (oldest first), optionally only one batch. */
  public List<DiscountRow> list(long shopId, Optional<String> batch, long offset, int limit) throws SQLException {
    String text = batch.orElse("");
    List<DiscountRow> rows = statements.list("SELECT " + COLUMNS + " FROM discounts WHERE shop_id = ? "
        + "AND (? = '' OR batch = ?) ORDER BY id LIMIT ? OFFSET ?", Discounts::row, shopId, text, text, limit, offset);
    Map<Long, List<Long>> segments = segments(rows.stream().map(DiscountRow::id).toList());
    return rows.stream().map(row -> withSegments(row, segments)).toList();
  }

  public long count(long shopId, Optional<String> batch) throws SQLException {
    String text = batch.orElse("");
    return statements.longValue("SELECT COUNT(*) FROM discounts WHERE shop_id = ? AND (? = '' OR batch = ?)", shopId,
        text, text);
  }

  /** Replaces the terms of a code (segments included). */
  public void update(long id, DiscountTerms terms) throws SQLException {
    statements.update("UPDATE discounts SET value_type = ?, value = ?, starts_at = ?, ends_at = ?, usage_limit = ?, "
            + "per_customer_limit = ? WHERE id = ?", terms.valueType(), terms.value(), terms.startsAt().toEpochMilli(),
        terms.endsAt().map(Instant::toEpochMilli).orElse(null), boxed(terms.usageLimit()),
        boxed(terms.perCustomerLimit()), id);
    statements.update("DELETE FROM discount_segments WHERE discount_id = ?", id);
    linkSegments(id, terms.segmentIds());
  }

  /** Deletes a code with its usages; false when there was none. */
  public boolean delete(long shopId, long id) throws SQLException {
    return statements.update("DELETE FROM discounts WHERE shop_id = ? AND id = ?", shopId, id) == 1;
  }

  public DiscountUsage recordUsage(long discountId, long customerId, Optional<String> orderId, Instant now)
      throws SQLException {
    long id = statements.insert("INSERT INTO discount_usages (discount_id, customer_id, order_id, used_at) "
        + "VALUES (?, ?, ?, ?)", discountId, customerId, orderId.orElse(null), now.toEpochMilli());
    return new DiscountUsage(id, discountId, customerId, orderId, now);
  }

  public long usageCount(long discountId) throws SQLException {
    return statements.longValue("SELECT COUNT(*) FROM discount_usages WHERE discount_id = ?", discountId);
  }

  public long usageCount(long discountId, long customerId) throws SQLException {
    return statements.longValue("SELECT COUNT(*) FROM discount_usages WHERE discount_id = ? AND customer_id = ?",
        discountId, customerId);
  }

  /** One page of a code's usages, oldest first. */
  public List<DiscountUsage> usages(long discountId, long offset, int limit) throws SQLException {
    return statements.list("SELECT id, discount_id, customer_id, order_id, used_at FROM discount_usages "
        + "WHERE discount_id = ? ORDER BY id LIMIT ? OFFSET ?", row -> new DiscountUsage(row.getLong("id"),
        row.getLong("discount_id"), row.getLong("customer_id"), Optional.ofNullable(row.getString("order_id")),
        Instant.ofEpochMilli(row.getLong("used_at"))), discountId, limit, offset);
  }

  private void linkSegments(long discountId, List<Long> segmentIds) throws SQLException {
    for (long segmentId : segmentIds.stream().distinct().toList()) {
      statements.update("INSERT INTO discount_segments (discount_id, segment_id) VALUES (?, ?)", discountId, segmentId);
    }
  }

  private Map<Long, List<Long>> segments(List<Long> discountIds) throws SQLException {
    Map<Long, List<Long>> segments = new HashMap<>();
    if (discountIds.isEmpty()) {
      return segments;
    }
    String marks = String.join(", ", java.util.Collections.nCopies(discountIds.size(), "?"));
    statements.list("SELECT discount_id, segment_id FROM discount_segments WHERE discount_id IN (" + marks + ") "
            + "ORDER BY discount_id, segment_id",
        row -> segments.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getLong(2)),
        discountIds.toArray());
    return segments;
  }

  private static DiscountRow withSegments(DiscountRow row, Map<Long, List<Long>> segments) {
    DiscountTerms terms = row.terms();
    return new DiscountRow(row.id(), row.shopId(), row.code(), row.batch(), new DiscountTerms(terms.valueType(),
        terms.value(), terms.startsAt(), terms.endsAt(), terms.usageLimit(), terms.perCustomerLimit(),
        segments.getOrDefault(row.id(), List.of())), row.createdAt());
  }

  private static Long boxed(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static OptionalLong optionalLong(ResultSet row, String column) throws SQLException {
    Long value = Statements.nullableLong(row, column);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private static DiscountRow row(ResultSet row) throws SQLException {
    DiscountTerms terms = new DiscountTerms(row.getString("value_type"), row.getString("value"),
        Instant.ofEpochMilli(row.getLong("starts_at")), Statements.optionalInstant(row, "ends_at"),
        optionalLong(row, "usage_limit"), optionalLong(row, "per_customer_limit"), List.of());
    return new DiscountRow(row.getLong("id"), row.getLong("shop_id"), row.getString("code"),
        Optional.ofNullable(row.getString("batch")), terms, Instant.ofEpochMilli(row.getLong("created_at")));
  }
}
