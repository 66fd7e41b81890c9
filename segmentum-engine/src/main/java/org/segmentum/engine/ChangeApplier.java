package org.segmentum.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;

/**
 * Applies one change to a live shop: updates the records, then re-evaluates the segments that read an
 * affected filter for the customers the change touches (a product or category change touches the
 * buyers of the products concerned; a custom field definition, every customer).
 */
final class ChangeApplier {
  private final LiveShop shop;
  private final List<MembershipEvent> events;

  ChangeApplier(LiveShop shop, List<MembershipEvent> events) {
    this.shop = shop;
    this.events = events;
  }

  void apply(Change change) {
    MutableStore store = shop.store();
    shop.dataChanged();
    switch (change) {
      case Change.CustomerUpsert upsert -> {
        store.put(upsert.customer());
        touch(List.of(upsert.customer().id()), null, change);
      }
      case Change.CustomerDeletion deletion -> {
        if (store.delete(deletion.customerId())) {
          for (LiveSegment segment : shop.segments()) {
            shop.update(segment, deletion.customerId(), false, change.cause(), events);
          }
        }
      }
      case Change.OrderUpsert upsert -> touch(store.put(upsert.order()), LiveShop.orderFilters(), change);
      case Change.CheckoutUpsert upsert -> touch(store.put(upsert.checkout()), Set.of("abandoned_checkout_date"), change);
      case Change.EventAdded added -> {
        if (store.add(added.event())) {
          touch(List.of(added.event().customerId()), LiveShop.eventFilters(), change);
        }
      }
      case Change.ProductUpsert upsert -> {
        store.products.put(upsert.product().id(), upsert.product());
        // finding the buyers scans every order: only when a segment can see the change
        if (!shop.reading(Set.of("products_purchased")).isEmpty()) {
          touch(buyersOf(Set.of(upsert.product().id())), Set.of("products_purchased"), change);
        }
      }
      case Change.CategoryUpsert upsert -> {
        store.put(upsert.category());
        touch(List.copyOf(store.customers.keySet()), Set.of("products_purchased"), change);
      }
      case Change.MetafieldDefinitionUpsert upsert -> {
        store.definitions.put(upsert.definition().filterName(), upsert.definition());
        touch(List.copyOf(store.customers.keySet()), Set.of("metafields", "anniversary"), change);
      }
    }
  }

  private void touch(List<Long> customers, Set<String> filters, Change change) {
    List<LiveSegment> affected = shop.reading(filters);
    if (affected.isEmpty()) {
      return;
    }
    for (long customer : customers) {
      shop.reevaluate(customer, affected, change.cause(), events);
    }
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
