package org.segmentum.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentum.storage.DiscountRow;
import org.segmentum.storage.DiscountTerms;
import org.segmentum.storage.DiscountUsage;

/** How discount codes, their eligibility answers and usages look on the wire. */
final class DiscountViews {
  private DiscountViews() {
  }

  static Map<String, Object> discount(DiscountRow row, long uses) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("code", row.code());
    view.put("batch", row.batch().orElse(null));
    view.putAll(terms(row.terms()));
    view.put("uses", uses);
    view.put("created_at", row.createdAt().toString());
    return view;
  }

  static Map<String, Object> terms(DiscountTerms terms) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("value_type", terms.valueType().toLowerCase(Locale.ROOT));
    view.put("value", terms.value());
    view.put("starts_at", terms.startsAt().toString());
    view.put("ends_at", terms.endsAt().map(Instant::toString).orElse(null));
    view.put("usage_limit", terms.usageLimit().isPresent() ? terms.usageLimit().getAsLong() : null);
    view.put("per_customer_limit", terms.perCustomerLimit().isPresent() ? terms.perCustomerLimit().getAsLong() : null);
    view.put("segment_ids", terms.segmentIds());
    return view;
  }

  static Map<String, Object> eligibility(DiscountRow row, long customerId, DiscountEligibility.Answer answer) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", row.code());
    view.put("customer_id", customerId);
    view.put("eligible", answer.eligible());
    view.put("reasons", answer.reasons().stream().map(DiscountViews::reason).toList());
    List<Map<String, Object>> segments = new ArrayList<>();
    row.terms().segmentIds().forEach(segment -> {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("segment_id", segment);
      member.put("member", answer.membership().getOrDefault(segment, false));
      segments.add(member);
    });
    view.put("segments", segments);
    view.put("uses", answer.uses());
    view.put("customer_uses", answer.customerUses());
    view.put("value_type", row.terms().valueType().toLowerCase(Locale.ROOT));
    view.put("value", row.terms().value());
    return view;
  }

  static Map<String, Object> reason(DiscountEligibility.Reason reason) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", reason.code());
    view.put("message", reason.message());
    return view;
  }

  static Map<String, Object> usage(String code, DiscountUsage usage) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", usage.id());
    view.put("code", code);
    view.put("customer_id", usage.customerId());
    view.put("order_id", usage.orderId().orElse(null));
    view.put("used_at", usage.usedAt().toString());
    return view;
  }
}
