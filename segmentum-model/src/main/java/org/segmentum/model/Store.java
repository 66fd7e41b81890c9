package org.segmentum.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.segmentum.query.MetafieldDefinition;

/**
 * An immutable snapshot of one shop's data. Safe to share between threads.
 *
 * <p>Customers are in ascending id order; the other lists keep the order they were given in.
 */
public final class Store {
  private final Shop shop;
  private final List<MetafieldDefinition> metafieldDefinitions;
  private final List<Category> categories;
  private final List<Product> products;
  private final List<Customer> customers;
  private final List<Order> orders;
  private final List<Checkout> checkouts;
  private final List<Event> events;

  private Store(
      Shop shop,
      List<MetafieldDefinition> metafieldDefinitions,
      List<Category> categories,
      List<Product> products,
      List<Customer> customers,
      List<Order> orders,
      List<Checkout> checkouts,
      List<Event> events) {
    this.shop = shop;
    this.metafieldDefinitions = metafieldDefinitions;
    this.categories = categories;
    this.products = products;
    this.customers = customers;
    this.orders = orders;
    this.checkouts = checkouts;
    this.events = events;
  }

  /**
   * A store of the given data. The lists are copied; customers are sorted by ascending id.
   *
   * @throws NullPointerException if an argument or a list element is null
   */
  public static Store of(
      Shop shop,
      List<MetafieldDefinition> metafieldDefinitions,
      List<Category> categories,
      List<Product> products,
      List<Customer> customers,
      List<Order> orders,
      List<Checkout> checkouts,
      List<Event> events) {
    Objects.requireNonNull(shop, "shop");
    List<Customer> sorted = Objects.requireNonNull(customers, "customers").stream()
        .map(c -> Objects.requireNonNull(c, "customers element"))
        .sorted(Comparator.comparingLong(Customer::id))
        .toList();
    return new Store(
        shop,
        List.copyOf(Objects.requireNonNull(metafieldDefinitions, "metafieldDefinitions")),
        List.copyOf(Objects.requireNonNull(categories, "categories")),
        List.copyOf(Objects.requireNonNull(products, "products")),
        sorted,
        List.copyOf(Objects.requireNonNull(orders, "orders")),
        List.copyOf(Objects.requireNonNull(checkouts, "checkouts")),
        List.copyOf(Objects.requireNonNull(events, "events")));
  }

  /** The shop. */
  public Shop shop() {
    return shop;
  }

  /** The shop's custom field definitions. */
  public List<MetafieldDefinition> metafieldDefinitions() {
    return metafieldDefinitions;
  }

  /** The product categories. */
  public List<Category> categories() {
    return categories;
  }

  /** The products. */
  public List<Product> products() {
    return products;
  }

  /** The customers, in ascending id order. */
  public List<Customer> customers() {
    return customers;
  }

  /** The orders. */
  public List<Order> orders() {
    return orders;
  }

  /** The checkouts. */
  public List<Checkout> checkouts() {
    return checkouts;
  }

  /** The events. */
  public List<Event> events() {
    return events;
  }

  @Override
  public String toString() {
    return "Store[shop=" + shop.id() + ", customers=" + customers.size() + ", orders=" + orders.size()
        + ", products=" + products.size() + ", checkouts=" + checkouts.size() + ", events=" + events.size() + "]";
  }
}
