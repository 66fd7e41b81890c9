package org.segmentum.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.segmentum.query.MetafieldDefinition;

/**
 * Gathers decoded records with the loading rules of DATA.md §2 and counts what happened per file.
 * Records are upserted by id (a later record replaces an earlier one in its place); a customer whose
 * {@code updated_at} is older than the stored one's is stale; a deleted customer takes its orders,
 * checkouts and events with it when the store is built. Events without an {@code id} are always
 * added. Not thread-safe.
 */
final class StoreCollector {
  private final Map<String, MetafieldDefinition> definitions = new LinkedHashMap<>();
  private final KeyedRecords<Category> categories = new KeyedRecords<>();
  private final KeyedRecords<Product> products = new KeyedRecords<>();
  private final KeyedRecords<Customer> customers = new KeyedRecords<>();
  private final KeyedRecords<Order> orders = new KeyedRecords<>();
  private final KeyedRecords<Checkout> checkouts = new KeyedRecords<>();
  /** In order of first appearance; an event with an {@code id} replaces the earlier one with that id in its place. */
  private final List<Event> events = new ArrayList<>();
  /** The index in {@link #events} of each event {@code id}. */
  private final Map<String, Integer> eventPositions = new HashMap<>();

  private final List<LoadCounts> files = new ArrayList<>();
  private final List<LoadProblem> problems = new ArrayList<>();
  private String file;
  private long loaded, replaced, stale, deleted, rejected;

  /** Starts counting for the named file. */
  void beginFile(String name) {
    file = name;
    loaded = replaced = stale = deleted = rejected = 0;
  }

  /** Ends counting for the current file. */
  void endFile() {
    files.add(new LoadCounts(file, loaded, replaced, stale, deleted, rejected));
    file = null;
  }

  void reject(long line, String field, String reason) {
    rejected++;
    if (problems.size() < LoadReport.MAX_PROBLEMS) {
      problems.add(new LoadProblem(file, line, field, reason));
    }
  }

  /** Definitions so far, keyed {@code "namespace.key"}. */
  Map<String, MetafieldDefinition> definitions() {
    return definitions;
  }

  /** Whether a customer with this id is loaded; safe to call from several threads while nothing is added. */
  boolean hasCustomer(long id) {
    return customers.contains(id);
  }

  void definition(MetafieldDefinition definition) {
    count(definitions.put(definition.namespace() + "." + definition.key(), definition) != null);
  }

  void category(Category category) {
    count(categories.put(category.id(), category));
  }

  void product(Product product) {
    count(products.put(product.id(), product));
  }

  void customer(Customer customer) {
    Customer stored = customers.get(customer.id());
    if (stored != null && customer.updatedAt().isBefore(stored.updatedAt())) {
      stale++;
      return;
    }
    count(customers.put(customer.id(), customer));
  }

  /** Erases the customer; deleting an unknown customer is not an error (a deletion is idempotent). */
  void deleteCustomer(long id) {
    customers.remove(id);
    deleted++;
  }

  void order(Order order) {
    count(orders.put(order.id(), order));
  }

  void checkout(Checkout checkout) {
    count(checkouts.put(checkout.id(), checkout));
  }

  void event(Event event) {
    Integer position = event.id() == null ? null : eventPositions.putIfAbsent(event.id(), events.size());
    if (position == null) {
      events.add(event);
    } else {
      events.set(position, event);
    }
    count(position != null);
  }

  private void count(boolean replacedOne) {
    if (replacedOne) {
      replaced++;
    } else {
      loaded++;
    }
  }

  /** The store of everything accepted; records of customers no longer present are left out. */
  Store build(Shop shop) {
    return Store.of(shop, List.copyOf(definitions.values()), categories.values(), products.values(),
        customers.values(),
        orders.values(o -> customers.contains(o.customerId())),
        checkouts.values(c -> customers.contains(c.customerId())),
        attached(events, e -> customers.contains(e.customerId())));
  }

  private static <T> List<T> attached(List<T> records, Predicate<T> present) {
    List<T> kept = new ArrayList<>(records.size());
    for (T record : records) {
      if (present.test(record)) {
        kept.add(record);
      }
    }
    return kept;
  }

  LoadReport report() {
    return new LoadReport(files, problems);
  }
}
