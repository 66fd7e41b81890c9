package org.segmentum.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;

/**
 * Applies one change to a live shop: updates the records, then re-evaluates, for the customers the
 * change touches, only the segments holding a clause whose truth the change flipped for them
 * ({@link LiveClauses}). A new customer is evaluated for every segment; a product or category change
 * re-evaluates the segments reading purchases for the buyers concerned (every customer, for a category),
 * and a custom field definition the segments reading custom fields or anniversaries for every customer.
 */
final class ChangeApplier {
  private final LiveShop shop;
  private final List<MembershipEvent> events;
  private Change change;
  private String cause;

  ChangeApplier(LiveShop shop, List<MembershipEvent> events) {
    this.shop = shop;
    this.events = events;
  }

  void apply(Change applied) {
    this.change = applied;
    this.cause = null;
    MutableStore store = shop.store();
    shop.dataChanged();
    switch (applied) {
      case Change.CustomerUpsert upsert -> customer(upsert.customer());
      case Change.CustomerDeletion deletion -> {
        ReferenceCustomer view = store.customer(deletion.customerId());
        if (store.delete(deletion.customerId())) {
          for (LiveSegment segment : shop.segments()) {
            shop.update(segment, view, false, cause(), events);
          }
        }
      }
      case Change.OrderUpsert upsert -> order(upsert.order());
      case Change.CheckoutUpsert upsert -> checkout(upsert.checkout());
      case Change.EventAdded added -> event(added.event());
      case Change.ProductUpsert upsert -> {
        store.products.put(upsert.product().id(), upsert.product());
        shop.recompile();
        // finding the buyers scans every order: only when a segment can see the change
        if (!shop.clauses().reading(LiveProbe.PRODUCTS).isEmpty()) {
          touch(buyersOf(Set.of(upsert.product().id())), LiveProbe.PRODUCTS);
        }
      }
      case Change.CategoryUpsert upsert -> {
        store.put(upsert.category());
        shop.recompile();
        touch(List.copyOf(store.customers.keySet()), LiveProbe.PRODUCTS);
      }
      case Change.MetafieldDefinitionUpsert upsert -> {
        store.definitions.put(upsert.definition().filterName(), upsert.definition());
        shop.recompile();
        touch(List.copyOf(store.customers.keySet()), LiveProbe.DEFINITIONS);
      }
    }
  }

  private void customer(Customer customer) {
    MutableStore store = shop.store();
    LiveClauses clauses = shop.clauses();
    ReferenceCustomer view = store.customer(customer.id());
    if (view == null) {
      view = store.put(customer);
      clauses.memoFor(view);
      for (LiveSegment segment : shop.segments()) {
        shop.update(segment, view, clauses.holds(segment.plan), cause(), events);
      }
      return;
    }
    byte[] before = clauses.before(LiveProbe.CUSTOMER, view, null, null,
        LiveProbe.changedFields(view.customer, customer));
    store.put(customer);
    clauses.memoFor(view);
    clauses.flips(LiveProbe.CUSTOMER, before);
    evaluate(clauses.collected(), view);
  }

  private void order(Order order) {
    MutableStore store = shop.store();
    Order previous = store.orders.get(order.id());
    List<ReferenceCustomer> owners = owners(previous == null ? null : previous.customerId(), order.customerId());
    LiveClauses clauses = shop.clauses();
    List<long[]> facts = new ArrayList<>(owners.size());
    List<byte[]> before = new ArrayList<>(owners.size());
    for (ReferenceCustomer owner : owners) {
      facts.add(LiveClauses.facts(owner));
      before.add(clauses.before(LiveProbe.ORDERS, owner, previous, order));
    }
    store.put(order);
    for (int k = 0; k < owners.size(); k++) {
      ReferenceCustomer owner = owners.get(k);
      clauses.memoFor(owner);
      clauses.flips(LiveProbe.ORDERS, before.get(k));
      clauses.factFlips(facts.get(k), owner);
      evaluate(clauses.collected(), owner);
    }
  }

  private void checkout(Checkout checkout) {
    MutableStore store = shop.store();
    Checkout previous = store.checkouts.get(checkout.id());
    List<ReferenceCustomer> owners = owners(previous == null ? null : previous.customerId(), checkout.customerId());
    LiveClauses clauses = shop.clauses();
    List<long[]> facts = new ArrayList<>(owners.size());
    for (ReferenceCustomer owner : owners) {
      facts.add(LiveClauses.facts(owner));
    }
    store.put(checkout);
    for (int k = 0; k < owners.size(); k++) {
      ReferenceCustomer owner = owners.get(k);
      clauses.memoFor(owner);
      clauses.factFlips(facts.get(k), owner);
      evaluate(clauses.collected(), owner);
    }
  }

  private void event(Event event) {
    MutableStore store = shop.store();
    LiveClauses clauses = shop.clauses();
    ReferenceCustomer view = store.customer(event.customerId());
    byte[] before = view == null ? null : clauses.before(LiveProbe.EVENTS, view, null, null);
    if (store.add(event)) {
      clauses.memoFor(view);
      clauses.flips(LiveProbe.EVENTS, before);
      evaluate(clauses.collected(), view);
    }
  }

  /** The known customers among a record's previous owner (or null) and its owner, previous owner first. */
  private List<ReferenceCustomer> owners(Long previousOwner, long owner) {
    MutableStore store = shop.store();
    List<ReferenceCustomer> owners = new ArrayList<>(2);
    ReferenceCustomer previous = previousOwner == null || previousOwner == owner ? null : store.customer(previousOwner);
    if (previous != null) {
      owners.add(previous);
    }
    ReferenceCustomer current = store.customer(owner);
    if (current != null) {
      owners.add(current);
    }
    return owners;
  }

  /**
   * Updates the segments holding a flipped clause whose truth for the customer changed. Membership equals
   * the truth before the change, so a segment that held (or not) before and after is left alone without
   * reading its members.
   */
  private void evaluate(List<LiveSegment> segments, ReferenceCustomer view) {
    LiveClauses clauses = shop.clauses();
    for (LiveSegment segment : segments) {
      boolean member = clauses.holds(segment.plan);
      if (member != clauses.held(segment.plan)) {
        shop.update(segment, view, member, cause(), events);
      }
    }
  }

  /** Re-evaluates, for each customer, every segment reading a kind of change. */
  private void touch(List<Long> customers, int input) {
    LiveClauses clauses = shop.clauses();
    List<LiveSegment> affected = clauses.reading(input);
    if (affected.isEmpty()) {
      return;
    }
    for (long customer : customers) {
      ReferenceCustomer view = shop.store().customer(customer);
      if (view == null) {
        continue;
      }
      clauses.memoFor(view);
      for (LiveSegment segment : affected) {
        shop.update(segment, view, clauses.holds(segment.plan), cause(), events);
      }
    }
  }

  private String cause() {
    if (cause == null) {
      cause = change.cause();
    }
    return cause;
  }

  private List<Long> buyersOf(Set<Long> products) {
    Set<Long> buyers = new HashSet<>();
    for (Order order : shop.store().orders.values()) {
      for (LineItem line : order.lineItems()) {
        if (products.contains(line.productId())) {
          buyers.add(order.customerId());
        }
      }
    }
    return buyers.stream().sorted().toList();
  }
}
