package org.segmentum.engine;

/**
 * The shop's non-test orders in time order (cancelled ones included, for {@code status} parameters),
 * so that an {@code orders_placed} clause with a date reads only the orders of that period.
 */
final class OrderTimeIndex {
  final long[] created;
  final int[] row;
  final int[] customer;

  private OrderTimeIndex(long[] created, int[] row, int[] customer) {
    this.created = created;
    this.row = row;
    this.customer = customer;
  }

  static OrderTimeIndex build(OrderTable orders, int customers) {
    int[] owner = new int[orders.rows()];
    for (int i = 0; i < customers; i++) {
      for (int r = orders.start[i]; r < orders.start[i + 1]; r++) {
        owner[r] = i;
      }
    }
    int[] sorted = TimeOrder.order(orders.created, 0, orders.rows());
    int kept = 0;
    for (int r : sorted) {
      if (!orders.test[r]) {
        kept++;
      }
    }
    long[] created = new long[kept];
    int[] row = new int[kept];
    int[] customer = new int[kept];
    int k = 0;
    for (int r : sorted) {
      if (!orders.test[r]) {
        created[k] = orders.created[r];
        row[k] = r;
        customer[k] = owner[r];
        k++;
      }
    }
    return new OrderTimeIndex(created, row, customer);
  }

  /** The positions {@code [from, to)} of orders placed within the interval (inclusive bounds). */
  int[] range(Interval interval) {
    if (interval.outside()) {
      return new int[] {0, created.length};
    }
    int from = TimeOrder.lowerBound(created, 0, created.length, interval.low());
    int to = interval.high() == Long.MAX_VALUE ? created.length
        : TimeOrder.lowerBound(created, from, created.length, interval.high() + 1);
    return new int[] {from, to};
  }
}
