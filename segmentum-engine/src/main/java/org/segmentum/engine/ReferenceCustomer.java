package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;

/**
 * One customer with their records and the derived facts of DATA.md §3, computed the plain way from
 * model objects (BigDecimal money, Instants), independently of the engine's columns. Live segments also
 * keep the same facts as the engine's columns hold them ({@link Money} units, epoch seconds,
 * {@link LongColumn#MISSING} when absent), and replace the customer record in place on an update.
 */
final class ReferenceCustomer {
  Customer customer;
  /** The customer's place in a live shop's membership bitmaps ({@link MutableStore}); -1 elsewhere. */
  int slot = -1;
  final List<Order> orders = new ArrayList<>();
  final List<Checkout> checkouts = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  BigDecimal amountSpent = BigDecimal.ZERO;
  long numberOfOrders;
  Instant firstOrder;
  Instant lastOrder;
  Instant abandonedCheckout;
  long amountUnits;
  long firstOrderAt = LongColumn.MISSING;
  long lastOrderAt = LongColumn.MISSING;
  long abandonedAt = LongColumn.MISSING;
  /** Lower-cased tags of {@link #customer}, computed on first use. */
  private String[] lowerTags;
  /** Country codes of the addresses of {@link #customer}, computed on first use. */
  private String[] countries;

  ReferenceCustomer(Customer customer) {
    this.customer = customer;
  }

  /** A new version of the customer record; the records attached and the facts derived from them stay. */
  void replace(Customer newer) {
    customer = newer;
    lowerTags = null;
    countries = null;
  }

  String[] countries() {
    String[] codes = countries;
    if (codes == null) {
      codes = customer.addresses().stream().map(AddressCodes::country).filter(Objects::nonNull)
          .distinct().toArray(String[]::new);
      countries = codes;
    }
    return codes;
  }

  String[] lowerTags() {
    String[] tags = lowerTags;
    if (tags == null) {
      tags = new String[customer.tags().size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = customer.tags().get(i).toLowerCase(Locale.ROOT);
      }
      lowerTags = tags;
    }
    return tags;
  }

  void derive() {
    List<Order> counted = orders.stream().filter(o -> !o.test() && !isCancelled(o)).toList();
    numberOfOrders = counted.size();
    amountSpent = counted.stream().map(o -> o.totalPrice().subtract(o.refundedAmount()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    firstOrder = counted.stream().map(Order::createdAt).min(Comparator.naturalOrder()).orElse(null);
    lastOrder = counted.stream().map(Order::createdAt).max(Comparator.naturalOrder()).orElse(null);
    abandonedCheckout = checkouts.stream().filter(c -> c.completedAt() == null).map(Checkout::createdAt)
        .max(Comparator.naturalOrder()).orElse(null);
    deriveUnits();
  }

  /** The facts as the engine's columns hold them (SnapshotBuilder derives them the same way). */
  private void deriveUnits() {
    amountUnits = 0;
    firstOrderAt = LongColumn.MISSING;
    lastOrderAt = LongColumn.MISSING;
    for (Order order : orders) {
      if (order.isCounted()) {
        countUnits(order);
      }
    }
    abandonedAt = abandonedCheckout == null ? LongColumn.MISSING : abandonedCheckout.getEpochSecond();
  }

  private void countUnits(Order order) {
    amountUnits += Money.units(order.netAmount());
    long at = order.createdAt().getEpochSecond();
    if (firstOrderAt == LongColumn.MISSING || at < firstOrderAt) {
      firstOrderAt = at;
    }
    if (lastOrderAt == LongColumn.MISSING || at > lastOrderAt) {
      lastOrderAt = at;
    }
  }

  /**
   * Attaches a new order (not a new version of one already attached) and updates the facts without
   * going over the other orders: the same values {@link #derive} gives.
   */
  void addNew(Order order) {
    orders.add(order);
    if (!order.test() && !isCancelled(order)) {
      numberOfOrders++;
      amountSpent = amountSpent.add(order.totalPrice().subtract(order.refundedAmount()));
      Instant at = order.createdAt();
      firstOrder = firstOrder == null || at.isBefore(firstOrder) ? at : firstOrder;
      lastOrder = lastOrder == null || at.isAfter(lastOrder) ? at : lastOrder;
      countUnits(order);
    }
  }

  static boolean isCancelled(Order order) {
    return order.cancelledAt() != null || order.status() == org.segmentum.model.OrderStatus.CANCELLED;
  }
}
