package org.segmentum.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.segmentum.storage.DiscountRow;
import org.segmentum.storage.DiscountTerms;

/**
 * May customer C use a discount code now? Yes when the code's window contains now, neither its total nor
 * the customer's usage limit is reached, and the customer is a live member of at least one of its
 * segments right now (the engine's membership, so a customer who just left a segment is refused at once).
 * Every reason against is given, not only the first.
 */
final class DiscountEligibility {
  /** A reason a customer may not use a code: a stable code and a sentence. */
  record Reason(String code, String message) {
    Reason {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The answer, with the membership per segment and the uses counted. */
  record Answer(boolean eligible, List<Reason> reasons, Map<Long, Boolean> membership, long uses,
      long customerUses) {
    Answer {
      reasons = List.copyOf(reasons);
      membership = Map.copyOf(membership);
    }
  }

  private final ShopRuntime shop;

  DiscountEligibility(ShopRuntime shop) {
    this.shop = shop;
  }

  Answer check(DiscountRow row, long customerId) {
    DiscountTerms terms = row.terms();
    Instant now = shop.now();
    List<Reason> reasons = new ArrayList<>();
    if (now.isBefore(terms.startsAt())) {
      reasons.add(new Reason("not-started", "the code is valid from " + terms.startsAt()));
    }
    if (terms.endsAt().isPresent() && !now.isBefore(terms.endsAt().get())) {
      reasons.add(new Reason("ended", "the code was valid until " + terms.endsAt().get()));
    }
    long uses = shop.storage().read(tx -> tx.discounts().usageCount(row.id()));
    long customerUses = shop.storage().read(tx -> tx.discounts().usageCount(row.id(), customerId));
    if (terms.usageLimit().isPresent() && uses >= terms.usageLimit().getAsLong()) {
      reasons.add(new Reason("usage-limit-reached", "the code has been used " + uses + " times, its limit"));
    }
    if (terms.perCustomerLimit().isPresent() && customerUses >= terms.perCustomerLimit().getAsLong()) {
      reasons.add(new Reason("customer-limit-reached", "the customer has used the code " + customerUses
          + " times, the limit per customer"));
    }
    Map<Long, Boolean> membership = new LinkedHashMap<>();
    boolean known = shop.live().customer(customerId).isPresent();
    for (long segment : terms.segmentIds()) {
      membership.put(segment, shop.live().isMember(ShopRuntime.key(segment), customerId));
    }
    if (!known) {
      reasons.add(new Reason("unknown-customer", "the shop has no customer " + customerId));
    } else if (!membership.containsValue(true)) {
      reasons.add(new Reason("not-in-segment", terms.segmentIds().isEmpty()
          ? "the code is restricted to segments that no longer exist"
          : "the customer is not in any of the code's segments " + terms.segmentIds()));
    }
    return new Answer(reasons.isEmpty(), reasons, membership, uses, customerUses);
  }
}
