package org.segmentum.engine;

/**
 * Every order of the shop, grouped by customer ordinal: customer {@code i} owns rows
 * {@code [start[i], start[i+1])}, oldest first. Line items are grouped by order row the same way
 * through {@code lineStart}. Money in {@link Money} units, instants in epoch seconds, missing ids as
 * {@link LongColumn#MISSING}. Immutable after building.
 */
final class OrderTable {
  /** Effective status codes: an order with a cancellation time is CANCELLED. */
  static final byte OPEN = 0;
  static final byte PAID = 1;
  static final byte FULFILLED = 2;
  static final byte CANCELLED = 3;
  static final byte REFUNDED = 4;

  final int[] start;
  final long[] created;
  final long[] net;
  final byte[] status;
  final boolean[] test;
  final long[] location;
  final long[] app;
  final int[] lineStart;
  /** Dense product index of each line (see {@link ProductTable#index}). */
  final int[] lineProduct;
  final long[] lineQuantity;

  OrderTable(int[] start, long[] created, long[] net, byte[] status, boolean[] test, long[] location, long[] app,
             int[] lineStart, int[] lineProduct, long[] lineQuantity) {
    this.start = start;
    this.created = created;
    this.net = net;
    this.status = status;
    this.test = test;
    this.location = location;
    this.app = app;
    this.lineStart = lineStart;
    this.lineProduct = lineProduct;
    this.lineQuantity = lineQuantity;
  }

  int rows() {
    return created.length;
  }

  /** Neither a test order nor cancelled (DATA.md §3). */
  boolean isCounted(int row) {
    return !test[row] && status[row] != CANCELLED;
  }
}
