package org.segmentum.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A customer of the shop (DATA.md §1). Nullable components are null when absent; lists are never
 * null (empty when absent) and are unmodifiable copies.
 *
 * @param id the customer id
 * @param email email address, null when absent
 * @param phone phone number, null when absent
 * @param firstName first name, null when absent
 * @param lastName last name, null when absent
 * @param createdAt when the customer was created (required)
 * @param updatedAt when the customer was last updated (required; the reader defaults it to {@code createdAt})
 * @param state account state (required; the reader defaults it to {@link AccountState#ENABLED})
 * @param emailMarketing email consent (required; the reader defaults it to {@link MarketingState#NOT_SUBSCRIBED})
 * @param smsMarketing SMS consent (required; the reader defaults it to {@link MarketingState#NOT_SUBSCRIBED})
 * @param channels channels the customer can be reached on
 * @param language preferred language, null when absent
 * @param tags tags, in input order
 * @param note free-text note, null when absent
 * @param taxExempt whether the customer is tax exempt
 * @param group customer group, null when absent
 * @param companyIds ids of the companies the customer belongs to
 * @param createdByAppId id of the app that created the customer, null when absent
 * @param birthDate date of birth, null when absent
 * @param addresses all addresses
 * @param metafields custom field values keyed {@code "namespace.key"}; each value is a {@link Long},
 *     {@link BigDecimal}, {@link String}, {@link LocalDate}, {@link Boolean}, or a {@link List} of
 *     {@code Long}, {@code BigDecimal} or {@code String}; an unmodifiable copy keeping input order
 */
public record Customer(
    long id,
    String email,
    String phone,
    String firstName,
    String lastName,
    Instant createdAt,
    Instant updatedAt,
    AccountState state,
    MarketingState emailMarketing,
    MarketingState smsMarketing,
    List<Channel> channels,
    String language,
    List<String> tags,
    String note,
    boolean taxExempt,
    String group,
    List<Long> companyIds,
    Long createdByAppId,
    LocalDate birthDate,
    List<Address> addresses,
    Map<String, Object> metafields) {

  public Customer {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(emailMarketing, "emailMarketing");
    Objects.requireNonNull(smsMarketing, "smsMarketing");
    channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    companyIds = List.copyOf(Objects.requireNonNull(companyIds, "companyIds"));
    addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
    metafields = copyMetafields(Objects.requireNonNull(metafields, "metafields"));
  }

  /** Shared by the many customers without metafields; nothing can change it. */
  private static final Map<String, Object> NO_METAFIELDS = Collections.unmodifiableMap(new LinkedHashMap<>());

  private static Map<String, Object> copyMetafields(Map<String, Object> metafields) {
    if (metafields.isEmpty()) {
      return NO_METAFIELDS;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    metafields.forEach((key, value) -> {
      Objects.requireNonNull(key, "metafields key");
      copy.put(key, checkedMetafieldValue(key, value));
    });
    return Collections.unmodifiableMap(copy);
  }

  private static Object checkedMetafieldValue(String key, Object value) {
    Objects.requireNonNull(value, () -> "metafields value of " + key);
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (!(element instanceof Long || element instanceof BigDecimal || element instanceof String)) {
          throw new IllegalArgumentException("metafields list element of " + key + " has type "
              + (element == null ? "null" : element.getClass().getSimpleName()));
        }
      }
      return List.copyOf(list);
    }
    if (value instanceof Long || value instanceof BigDecimal || value instanceof String
        || value instanceof LocalDate || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(
        "metafields value of " + key + " has type " + value.getClass().getSimpleName());
  }
}
