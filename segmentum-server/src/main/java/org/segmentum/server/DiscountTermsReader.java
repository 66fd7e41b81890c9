package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.segmentum.storage.DiscountTerms;

/**
 * Reads a discount's terms from a request body, over the current ones for a change: value type and value
 * ({@code percentage} above 0 up to 100, or {@code fixed_amount} above 0; at most two decimals), the window
 * ({@code starts_at} defaults to now; {@code ends_at} after it or absent), the limits (at least 1, or
 * absent/null for none) and at least one segment of the shop. Problems go to the {@link JsonFields}.
 */
final class DiscountTermsReader {
  private static final long MAX_LIMIT = 1_000_000_000L;

  private DiscountTermsReader() {
  }

  static DiscountTerms read(JsonFields fields, ShopRuntime shop, Optional<DiscountTerms> current) {
    String type = fields.text("value_type").map(text -> text.strip().toUpperCase(Locale.ROOT))
        .or(() -> current.map(DiscountTerms::valueType)).orElse("");
    if (!type.equals("PERCENTAGE") && !type.equals("FIXED_AMOUNT")) {
      fields.error("value_type", "must be percentage or fixed_amount");
    }
    BigDecimal value = value(fields, current);
    if (value != null && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2
        || (type.equals("PERCENTAGE") && value.compareTo(BigDecimal.valueOf(100)) > 0))) {
      fields.error("value", "must be above 0 with at most two decimals (a percentage at most 100)");
    }
    Instant startsAt = fields.instant("starts_at").or(() -> current.map(DiscountTerms::startsAt)).orElse(shop.now());
    Optional<Instant> endsAt = fields.has("ends_at") ? fields.instant("ends_at")
        : current.flatMap(DiscountTerms::endsAt);
    if (endsAt.isPresent() && !endsAt.get().isAfter(startsAt)) {
      fields.error("ends_at", "must be after starts_at");
    }
    OptionalLong usageLimit = limit(fields, "usage_limit", current.map(DiscountTerms::usageLimit));
    OptionalLong perCustomer = limit(fields, "per_customer_limit", current.map(DiscountTerms::perCustomerLimit));
    Optional<List<Long>> given = fields.ids("segment_ids");
    boolean wrongType = fields.node("segment_ids").isPresent() && given.isEmpty();
    List<Long> segments = given.or(() -> current.map(DiscountTerms::segmentIds)).orElse(List.of());
    if (segments.isEmpty() && !wrongType) {
      fields.error("segment_ids", "must name at least one segment");
    }
    for (long segment : segments) {
      if (shop.segment(segment).isEmpty()) {
        fields.error("segment_ids", "names no segment of this shop: " + segment);
      }
    }
    return new DiscountTerms(type, value == null ? "" : value.stripTrailingZeros().toPlainString(), startsAt, endsAt,
        usageLimit, perCustomer, segments.stream().distinct().toList());
  }

  private static BigDecimal value(JsonFields fields, Optional<DiscountTerms> current) {
    Optional<JsonNode> node = fields.node("value");
    if (node.isEmpty()) {
      if (current.isPresent()) {
        return new BigDecimal(current.get().value());
      }
      fields.error("value", "is required");
      return null;
    }
    try {
      if (node.get().isNumber()) {
        return node.get().decimalValue();
      }
      if (node.get().isTextual()) {
        return new BigDecimal(node.get().asText().strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fields.error("value", "must be a decimal such as \"10\" or \"12.50\"");
    return null;
  }

  private static OptionalLong limit(JsonFields fields, String member, Optional<OptionalLong> current) {
    if (fields.isNull(member)) {
      return OptionalLong.empty();
    }
    Optional<Long> given = fields.integer(member);
    if (given.isPresent()) {
      if (given.get() < 1 || given.get() > MAX_LIMIT) {
        fields.error(member, "must be between 1 and " + MAX_LIMIT + " (or null for no limit)");
      }
      return OptionalLong.of(given.get());
    }
    return current.orElse(OptionalLong.empty());
  }
}
