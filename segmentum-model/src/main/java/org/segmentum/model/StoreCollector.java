package org.segmentum.model;

import java.util.ArrayList;
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
  private final Map<Long, Category> categories = new LinkedHashMap<>();
  private final Map<Long, Product> products = new LinkedHashMap<>();
  private final Map<Long, Customer> customers = new LinkedHashMap<>();
  private final Map<Long, Order> orders = new LinkedHashMap<>();
  private final Map<Long, Checkout> checkouts = new LinkedHashMap<>();
  /** Keyed by the event's {@code id}, or by a sequence number ({@code Long}) when it has none. */
  private final Map<Object, Event> events = new LinkedHashMap<>();
  private long anonymousEvents;

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

  boolean hasCustomer(long id) {
    return customers.containsKey(id);
  }

  void definition(MetafieldDefinition definition) {
    count(definitions.put(definition.namespace() + "." + definition.key(), definition));
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
    Object key = event.id() != null ? event.id() : Long.valueOf(anonymousEvents++);
    count(events.put(key, event));
  }

  private void count(Object previous) {
    if (previous == null) {
      loaded++;
    } else {
      replaced++;
    }
  }

  /** The store of everything accepted; records of customers no longer present are left out. */
  Store build(Shop shop) {
    return Store.of(shop, List.copyOf(definitions.values()), List.copyOf(categories.values()),
        List.copyOf(products.values()), List.copyOf(customers.values()),
        attached(orders.values(), o -> customers.containsKey(o.customerId())),
        attached(checkouts.values(), c -> customers.containsKey(c.customerId())),
        attached(events.values(), e -> customers.containsKey(e.customerId())));
  }

  private static <T> List<T> attached(Iterable<T> records, Predicate<T> present) {
    List<T> kept = new ArrayList<>();
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
