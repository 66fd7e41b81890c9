package org.segmentum.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Purchases by product, from the line items of counted orders (DATA.md §3): for each product the
 * bitmap of its buyers, for each product tag the bitmap of buyers of any product with it, and the
 * product's lines in time order (postings: when, who, which order, how many), so that a purchase
 * clause reads only the lines of the products and the period it asks about.
 */
final class ProductIndex {
  final RoaringBitmap[] buyers;
  final Map<String, RoaringBitmap> tagBuyers;
  /** Product {@code p} owns postings {@code [start[p], start[p+1])}, oldest first. */
  final int[] start;
  final long[] created;
  final int[] customer;
  final int[] orderRow;
  final long[] quantity;

  private ProductIndex(RoaringBitmap[] buyers, Map<String, RoaringBitmap> tagBuyers, int[] start, long[] created,
                       int[] customer, int[] orderRow, long[] quantity) {
    this.buyers = buyers;
    this.tagBuyers = tagBuyers;
    this.start = start;
    this.created = created;
    this.customer = customer;
    this.orderRow = orderRow;
    this.quantity = quantity;
  }

  static ProductIndex build(OrderTable orders, ProductTable products, int customers) {
    int productCount = products.size();
    int[] start = new int[productCount + 1];
    for (int row = 0; row < orders.rows(); row++) {
      if (orders.isCounted(row)) {
        for (int line = orders.lineStart[row]; line < orders.lineStart[row + 1]; line++) {
          start[orders.lineProduct[line] + 1]++;
        }
      }
    }
    for (int p = 0; p < productCount; p++) {
      start[p + 1] += start[p];
    }
    int total = start[productCount];
    long[] created = new long[total];
    int[] customer = new int[total];
    int[] orderRow = new int[total];
    long[] quantity = new long[total];
    int[] next = java.util.Arrays.copyOf(start, productCount);
    RoaringBitmap[] buyers = new RoaringBitmap[productCount];
    for (int p = 0; p < productCount; p++) {
      buyers[p] = new RoaringBitmap();
    }
    for (int i = 0; i < customers; i++) {
      for (int row = orders.start[i]; row < orders.start[i + 1]; row++) {
        if (!orders.isCounted(row)) {
          continue;
        }
        for (int line = orders.lineStart[row]; line < orders.lineStart[row + 1]; line++) {
          int p = orders.lineProduct[line];
          int at = next[p]++;
          created[at] = orders.created[row];
          customer[at] = i;
          orderRow[at] = row;
          quantity[at] = orders.lineQuantity[line];
          buyers[p].add(i);
        }
      }
    }
    sortPostingsByTime(start, created, customer, orderRow, quantity);
    for (RoaringBitmap bitmap : buyers) {
      bitmap.runOptimize();
    }
    return new ProductIndex(buyers, tagBuyers(products, buyers), start, created, customer, orderRow, quantity);
  }

  private static void sortPostingsByTime(int[] start, long[] created, int[] customer, int[] orderRow,
                                         long[] quantity) {
    for (int p = 0; p + 1 < start.length; p++) {
      int from = start[p];
      int to = start[p + 1];
      int[] order = TimeOrder.order(created, from, to);
      long[] c = new long[order.length];
      int[] u = new int[order.length];
      int[] o = new int[order.length];
      long[] q = new long[order.length];
      for (int k = 0; k < order.length; k++) {
        c[k] = created[order[k]];
        u[k] = customer[order[k]];
        o[k] = orderRow[order[k]];
        q[k] = quantity[order[k]];
      }
      System.arraycopy(c, 0, created, from, c.length);
      System.arraycopy(u, 0, customer, from, u.length);
      System.arraycopy(o, 0, orderRow, from, o.length);
      System.arraycopy(q, 0, quantity, from, q.length);
    }
  }

  private static Map<String, RoaringBitmap> tagBuyers(ProductTable products, RoaringBitmap[] buyers) {
    Map<String, List<RoaringBitmap>> byTag = new HashMap<>();
    for (int p = 0; p < products.size(); p++) {
      for (String tag : products.tags.get(p)) {
        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(buyers[p]);
      }
    }
    Map<String, RoaringBitmap> result = new HashMap<>();
    byTag.forEach((tag, bitmaps) -> {
      RoaringBitmap union = FastAggregation.or(bitmaps.iterator());
      union.runOptimize();
      result.put(tag, union);
    });
    return Map.copyOf(result);
  }
}
