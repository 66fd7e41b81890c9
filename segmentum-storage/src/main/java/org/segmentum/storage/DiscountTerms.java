package org.segmentum.storage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a discount code gives and to whom: the value ({@code PERCENTAGE} or {@code FIXED_AMOUNT}, as decimal
 * text), the validity window ({@code endsAt} exclusive; open-ended when empty), the total and per-customer
 * usage limits (unlimited when empty), and the segments whose members may use it.
 */
public record DiscountTerms(String valueType, String value, Instant startsAt, Optional<Instant> endsAt,
    OptionalLong usageLimit, OptionalLong perCustomerLimit, List<Long> segmentIds) {
  public DiscountTerms {
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(usageLimit, "usageLimit");
    Objects.requireNonNull(perCustomerLimit, "perCustomerLimit");
    segmentIds = List.copyOf(segmentIds);
  }
}
