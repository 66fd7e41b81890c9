package org.segmentum.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.model.Category;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.model.Shop;
import org.segmentum.model.Store;
import org.segmentum.query.MetafieldDefinition;

/**
 * A shop's records as live segments keep them: every customer with their orders, checkouts and events
 * (a {@link ReferenceCustomer} whose facts are re-derived when they change), products and categories.
 * Not thread-safe: {@link LiveShop} guards it.
 */
final class MutableStore {
  final Shop shop;
  final TreeMap<Long, ReferenceCustomer> customers = new TreeMap<>();
  /** The same views by id, for constant-time look-ups on the path of every change. */
  private final Map<Long, ReferenceCustomer> byId = new HashMap<>();
  /**
   * Customer id by slot: each customer gets the next slot when first seen (ascending ids for the initial
   * ones), so that segment members are 32-bit bitmaps of slots. A deleted customer's slot is not reused.
   */
  private long[] idOfSlot = new long[16];
  private int slots;
  private boolean slotsFollowIds = true;
  final Map<Long, Order> orders = new HashMap<>();
  final Map<Long, Checkout> checkouts = new HashMap<>();
  final Set<String> eventIds = new HashSet<>();
  final Map<Long, Product> products = new LinkedHashMap<>();
  final Map<Long, Category> categories = new LinkedHashMap<>();
  final Map<Long, Long> parents = new HashMap<>();
  final Map<String, MetafieldDefinition> definitions = new LinkedHashMap<>();

  MutableStore(Store store) {
    this.shop = store.shop();
    store.metafieldDefinitions().forEach(d -> definitions.put(d.filterName(), d));
    store.categories().forEach(this::put);
    store.products().forEach(p -> products.put(p.id(), p));
    store.customers().forEach(c -> {
      ReferenceCustomer view = new ReferenceCustomer(c);
      customers.put(c.id(), view);
      byId.put(c.id(), view);
    });
    customers.values().forEach(this::assignSlot);
    store.orders().forEach(this::put);
    store.checkouts().forEach(this::put);
    store.events().forEach(this::add);
    customers.values().forEach(ReferenceCustomer::derive);
  }

  /** The view of a customer, or null. */
  ReferenceCustomer customer(long customerId) {
    return byId.get(customerId);
  }

  /** Adds a customer, or replaces the record of a known one in place (keeping their records); returns the view. */
  ReferenceCustomer put(Customer customer) {
    ReferenceCustomer view = byId.get(customer.id());
    if (view != null) {
      view.replace(customer);
      return view;
    }
    view = new ReferenceCustomer(customer);
    view.derive();
    customers.put(customer.id(), view);
    byId.put(customer.id(), view);
    assignSlot(view);
    return view;
  }

  private void assignSlot(ReferenceCustomer view) {
    if (slots == idOfSlot.length) {
      idOfSlot = Arrays.copyOf(idOfSlot, slots * 2);
    }
    long id = view.customer.id();
    if (slots > 0 && id <= idOfSlot[slots - 1]) {
      slotsFollowIds = false;
    }
    view.slot = slots;
    idOfSlot[slots++] = id;
  }

  long idOfSlot(int slot) {
    return idOfSlot[slot];
  }

  /** Whether ascending slots are ascending customer ids (no customer came with a smaller id than a previous one). */
  boolean slotsFollowIds() {
    return slotsFollowIds;
  }

  /** Customer ids of slots, ascending. */
  long[] ids(RoaringBitmap slotBitmap) {
    long[] ids = new long[slotBitmap.getCardinality()];
    int k = 0;
    for (IntIterator it = slotBitmap.getIntIterator(); it.hasNext(); ) {
      ids[k++] = idOfSlot[it.next()];
    }
    if (!slotsFollowIds) {
      Arrays.sort(ids);
    }
    return ids;
  }

  /** Erases a customer and everything attached; false when there was no such customer. */
  boolean delete(long customerId) {
    ReferenceCustomer removed = customers.remove(customerId);
    byId.remove(customerId);
    if (removed == null) {
      return false;
    }
    removed.orders.forEach(o -> orders.remove(o.id()));
    removed.checkouts.forEach(c -> checkouts.remove(c.id()));
    return true;
  }

  /** Adds or replaces an order; returns the ids of the customers whose facts changed. */
  List<Long> put(Order order) {
    List<Long> touched = new ArrayList<>();
    Order previous = orders.put(order.id(), order);
    if (previous == null) {
      require(order.customerId()).addNew(order);
      touched.add(order.customerId());
      return touched;
    }
    ReferenceCustomer owner = byId.get(previous.customerId());
    if (owner != null) {
      owner.orders.removeIf(o -> o.id() == previous.id());
      owner.derive();
      touched.add(owner.customer.id());
    }
    ReferenceCustomer view = require(order.customerId());
    view.orders.add(order);
    view.derive();
    if (!touched.contains(order.customerId())) {
      touched.add(order.customerId());
    }
    return touched;
  }

  List<Long> put(Checkout checkout) {
    List<Long> touched = new ArrayList<>();
    Checkout previous = checkouts.put(checkout.id(), checkout);
    if (previous != null) {
      ReferenceCustomer owner = byId.get(previous.customerId());
      if (owner != null) {
        owner.checkouts.removeIf(c -> c.id() == previous.id());
        owner.derive();
        touched.add(owner.customer.id());
      }
    }
    ReferenceCustomer view = require(checkout.customerId());
    view.checkouts.add(checkout);
    view.derive();
    if (!touched.contains(checkout.customerId())) {
      touched.add(checkout.customerId());
    }
    return touched;
  }

  /** Adds an event; false when an event with the same id was seen before (de-duplication). */
  boolean add(Event event) {
    if (event.id() != null && !eventIds.add(event.type().wireName() + "/" + event.id())) {
      return false;
    }
    require(event.customerId()).events.add(event);
    return true;
  }

  void put(Category category) {
    categories.put(category.id(), category);
    parents.put(category.id(), category.parentId());
  }

  private ReferenceCustomer require(long customerId) {
    ReferenceCustomer view = byId.get(customerId);
    if (view == null) {
      throw new EngineException("unknown customer " + customerId);
    }
    return view;
  }

  /** An immutable copy of everything, for building a snapshot. */
  Store toStore() {
    List<Customer> all = new ArrayList<>(customers.size());
    List<Order> allOrders = new ArrayList<>(orders.size());
    List<Checkout> allCheckouts = new ArrayList<>(checkouts.size());
    List<Event> allEvents = new ArrayList<>();
    for (ReferenceCustomer view : customers.values()) {
      all.add(view.customer);
      allOrders.addAll(view.orders);
      allCheckouts.addAll(view.checkouts);
      allEvents.addAll(view.events);
    }
    return Store.of(shop, List.copyOf(definitions.values()), List.copyOf(categories.values()),
        List.copyOf(products.values()), all, allOrders, allCheckouts, allEvents);
  }
}
