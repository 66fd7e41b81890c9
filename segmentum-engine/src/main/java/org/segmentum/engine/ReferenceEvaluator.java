package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;

/**
 * The plain evaluator the engine is tested against: walks the query for each customer over model
 * objects, with BigDecimal money and calendar-date comparisons written directly from LANGUAGE.md,
 * sharing no evaluation code with the bitmap engine (only the RFM scoring, the haversine formula and
 * custom-field matching are common). Slow by design. Not thread-safe.
 */
public final class ReferenceEvaluator {
  private final ZoneId zone;
  private final Instant now;
  private final List<ReferenceCustomer> customers = new ArrayList<>();
  private final Map<Long, ReferenceCustomer> byId = new HashMap<>();
  private final Scores scores;
  private final CustomerPredicate predicate;

  /** Prepares the store for evaluation at {@code now}; scores are as of {@code scoresAsOf}. */
  public ReferenceEvaluator(Store store, Instant now, LocalDate scoresAsOf) {
    this.zone = store.shop().timezone();
    this.now = Objects.requireNonNull(now, "now");
    for (Customer customer : store.customers()) {
      ReferenceCustomer view = new ReferenceCustomer(customer);
      customers.add(view);
      byId.put(customer.id(), view);
    }
    for (Order order : store.orders()) {
      byId.get(order.customerId()).orders.add(order);
    }
    for (Checkout checkout : store.checkouts()) {
      byId.get(checkout.customerId()).checkouts.add(checkout);
    }
    for (Event event : store.events()) {
      byId.get(event.customerId()).events.add(event);
    }
    customers.forEach(ReferenceCustomer::derive);
    this.scores = Scores.compute(customers.stream().map(this::scoreInput).toArray(Scores.Input[]::new), scoresAsOf);
    this.predicate = new CustomerPredicate(zone, now, ReferenceFunctions.of(store));
  }

  private Scores.Input scoreInput(ReferenceCustomer c) {
    return c.numberOfOrders == 0 ? new Scores.Input(0, 0, null, null)
        : new Scores.Input(c.numberOfOrders, Money.units(c.amountSpent), LocalDate.ofInstant(c.firstOrder, zone),
            LocalDate.ofInstant(c.lastOrder, zone));
  }

  /** The ids of the members, ascending. */
  public TreeSet<Long> members(CheckedQuery query) {
    TreeSet<Long> members = new TreeSet<>();
    for (int i = 0; i < customers.size(); i++) {
      if (predicate.holds(query.expr(), customers.get(i), scores.group(i), scores.tier(i))) {
        members.add(customers.get(i).customer.id());
      }
    }
    return members;
  }

  public Instant now() {
    return now;
  }

}
