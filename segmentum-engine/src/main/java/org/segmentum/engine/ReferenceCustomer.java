package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;

/**
 * One customer with their records and the derived facts of DATA.md §3, computed the plain way from
 * model objects (BigDecimal money, Instants), independently of the engine's columns.
 */
final class ReferenceCustomer {
  final Customer customer;
  final List<Order> orders = new ArrayList<>();
  final List<Checkout> checkouts = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  BigDecimal amountSpent = BigDecimal.ZERO;
  long numberOfOrders;
  Instant firstOrder;
  Instant lastOrder;
  Instant abandonedCheckout;

  ReferenceCustomer(Customer customer) {
    this.customer = customer;
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
  }

  static boolean isCancelled(Order order) {
    return order.cancelledAt() != null || order.status() == org.segmentum.model.OrderStatus.CANCELLED;
  }
}
