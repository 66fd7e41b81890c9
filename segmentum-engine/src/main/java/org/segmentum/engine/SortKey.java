package org.segmentum.engine;

/** The orders members can be listed in (SERVICE.md §1); {@link #ID} is ascending customer id. */
public enum SortKey {
  ID, AMOUNT_SPENT, NUMBER_OF_ORDERS, LAST_ORDER_DATE, FIRST_ORDER_DATE, CUSTOMER_ADDED_DATE, ABANDONED_CHECKOUT_DATE;

  LongColumn column(CustomerTable customers) {
    return switch (this) {
      case ID -> new LongColumn(customers.ids);
      case AMOUNT_SPENT -> customers.amountSpent;
      case NUMBER_OF_ORDERS -> customers.numberOfOrders;
      case LAST_ORDER_DATE -> customers.lastOrder;
      case FIRST_ORDER_DATE -> customers.firstOrder;
      case CUSTOMER_ADDED_DATE -> customers.customerAdded;
      case ABANDONED_CHECKOUT_DATE -> customers.abandonedCheckout;
    };
  }
}
