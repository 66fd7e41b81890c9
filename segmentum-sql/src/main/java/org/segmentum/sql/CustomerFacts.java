package org.segmentum.sql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentum.model.Checkout;
import org.segmentum.model.Order;
import org.segmentum.model.OrderStatus;

/**
 * The derived facts of DATA.md §3 for one customer, accumulated from the model's records: counted
 * orders (neither test nor cancelled) give the amount spent, their number and the first and last order
 * instants; checkouts without completion the latest abandoned checkout. Money is in ten-thousandths of
 * the shop currency, each order's net amount rounded once (half-even). Not thread-safe.
 */
final class CustomerFacts {
  long amountSpent;
  long orders;
  Long firstOrderAt;
  Long lastOrderAt;
  Long abandonedCheckoutAt;

  /** The facts of every customer that has orders or checkouts, by customer id. */
  static Map<Long, CustomerFacts> of(List<Order> orders, List<Checkout> checkouts) {
    Map<Long, CustomerFacts> facts = new HashMap<>();
    for (Order order : orders) {
      if (isCounted(order)) {
        facts.computeIfAbsent(order.customerId(), id -> new CustomerFacts()).count(order);
      }
    }
    for (Checkout checkout : checkouts) {
      if (checkout.completedAt() == null) {
        CustomerFacts customer = facts.computeIfAbsent(checkout.customerId(), id -> new CustomerFacts());
        long at = checkout.createdAt().getEpochSecond();
        customer.abandonedCheckoutAt = customer.abandonedCheckoutAt == null ? at
            : Math.max(customer.abandonedCheckoutAt, at);
      }
    }
    return facts;
  }

  static boolean isCancelled(Order order) {
    return order.cancelledAt() != null || order.status() == OrderStatus.CANCELLED;
  }

  static boolean isCounted(Order order) {
    return !order.test() && !isCancelled(order);
  }

  /** An amount in ten-thousandths, rounded half-even. */
  static long money(BigDecimal amount) {
    return amount.setScale(4, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
  }

  static Long moneyOrNull(BigDecimal amount) {
    return amount == null ? null : money(amount);
  }

  /** The lower-cased text after the last {@code @} of an email address; null without one. */
  static String emailDomain(String email) {
    int at = email == null ? -1 : email.lastIndexOf('@');
    return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private void count(Order order) {
    long at = order.createdAt().getEpochSecond();
    amountSpent += money(order.totalPrice().subtract(order.refundedAmount()));
    orders++;
    firstOrderAt = firstOrderAt == null ? at : Math.min(firstOrderAt, at);
    lastOrderAt = lastOrderAt == null ? at : Math.max(lastOrderAt, at);
  }
}
