package org.segmentum.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roaringbitmap.BitSetUtil;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Whole-shop function clauses answered from indexes instead of a pass over every customer's records:
 * <ul>
 *   <li>{@code products_purchased} choosing products only (id, tag, category): the union of the chosen
 *   products' buyer bitmaps (one precomputed bitmap for a single tag);</li>
 *   <li>{@code products_purchased} with a date or quantity or aggregates: the time-ordered postings of the
 *   chosen products, read only within the date range;</li>
 *   <li>{@code orders_placed} with aggregates only: the counted-order facts ({@code number_of_orders},
 *   {@code amount_spent}) are exactly its aggregates;</li>
 *   <li>{@code orders_placed} with a date: the time-ordered orders of that period.</li>
 * </ul>
 * Returns null when no index applies; the caller then scans. Results are the members before NOT MATCHES.
 */
final class IndexedFunctions {
  private final Snapshot snapshot;

  IndexedFunctions(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  RoaringBitmap matches(String name, RecordConditions c) {
    return switch (name) {
      case "products_purchased" -> productsPurchased(c);
      case "orders_placed" -> ordersPlaced(c);
      default -> null;
    };
  }

  private RoaringBitmap productsPurchased(RecordConditions c) {
    ProductIndex index = snapshot.purchases;
    if (c.date == null && c.quantity == null && !c.hasAggregate()) {
      if (c.params.size() == 1 && c.params.containsKey("tag")) {
        String tag = Literals.text(KeyCondition.values(c.params.get("tag")).get(0)).toLowerCase(Locale.ROOT);
        RoaringBitmap buyers = index.tagBuyers.get(tag);
        return buyers == null ? new RoaringBitmap() : buyers.clone();
      }
      boolean[] selected = FunctionEvaluator.productSelection(snapshot, c);
      List<RoaringBitmap> chosen = new ArrayList<>();
      for (int p = 0; p < selected.length; p++) {
        if (selected[p]) {
          chosen.add(index.buyers[p]);
        }
      }
      return chosen.isEmpty() ? new RoaringBitmap() : FastAggregation.or(chosen.iterator());
    }
    return fromPostings(c, FunctionEvaluator.productSelection(snapshot, c));
  }

  private RoaringBitmap fromPostings(RecordConditions c, boolean[] selected) {
    ProductIndex index = snapshot.purchases;
    int n = snapshot.size();
    boolean aggregates = c.hasAggregate();
    long[] words = new long[(n + 63) >>> 6];
    long[] orders = aggregates ? new long[n] : null;
    long[] quantities = aggregates ? new long[n] : null;
    boolean[] seenOrder = aggregates ? new boolean[snapshot.orders.rows()] : null;
    for (int p = 0; p < selected.length; p++) {
      if (!selected[p]) {
        continue;
      }
      int from = index.start[p];
      int to = index.start[p + 1];
      if (c.date != null && !c.date.outside()) {
        from = TimeOrder.lowerBound(index.created, from, to, c.date.low());
        to = c.date.high() == Long.MAX_VALUE ? to : TimeOrder.lowerBound(index.created, from, to, c.date.high() + 1);
      }
      for (int k = from; k < to; k++) {
        if ((c.date != null && c.date.outside() && !c.date.test(index.created[k]))
            || (c.quantity != null && !c.quantity.test(index.quantity[k]))) {
          continue;
        }
        int customer = index.customer[k];
        words[customer >>> 6] |= 1L << customer;
        if (aggregates) {
          quantities[customer] += index.quantity[k];
          if (!seenOrder[index.orderRow[k]]) {
            seenOrder[index.orderRow[k]] = true;
            orders[customer]++;
          }
        }
      }
    }
    RoaringBitmap touched = BitSetUtil.bitmapOf(words);
    if (!aggregates) {
      return touched;
    }
    return aggregated(c, touched, orders, null, quantities);
  }

  private RoaringBitmap ordersPlaced(RecordConditions c) {
    boolean otherSelectors = c.params.containsKey("amount") || c.params.containsKey("location_id")
        || c.params.containsKey("app_id") || c.params.containsKey("status");
    if (c.date == null && !otherSelectors) {
      return fromOrderFacts(c);
    }
    if (c.date == null) {
      return null;
    }
    OrderTimeIndex times = snapshot.orderTimes;
    OrderTable table = snapshot.orders;
    KeyCondition location = c.key("location_id");
    KeyCondition app = c.key("app_id");
    StatusCondition status = StatusCondition.of(c.params.get("status"));
    int n = snapshot.size();
    long[] words = new long[(n + 63) >>> 6];
    long[] counts = new long[n];
    long[] amounts = new long[n];
    int[] range = times.range(c.date);
    for (int k = range[0]; k < range[1]; k++) {
      int row = times.row[k];
      if (!c.date.test(times.created[k]) || !status.test(table.status[row])
          || (c.amount != null && !c.amount.test(table.net[row]))
          || (location != null && !location.test(table.location[row]))
          || (app != null && !app.test(table.app[row]))) {
        continue;
      }
      int customer = times.customer[k];
      words[customer >>> 6] |= 1L << customer;
      counts[customer]++;
      amounts[customer] += table.net[row];
    }
    return aggregated(c, BitSetUtil.bitmapOf(words), counts, amounts, null);
  }

  /**
   * Without selectors, orders_placed selects the counted orders: its aggregates are the order facts,
   * columns that are never missing, so each aggregate is an interval of the range index of its column.
   */
  private RoaringBitmap fromOrderFacts(RecordConditions c) {
    CustomerTable customers = snapshot.customers;
    if (c.sumQuantity != null && !c.sumQuantity.test(0)) {
      return new RoaringBitmap();
    }
    if (c.count == null && c.sumAmount == null) {
      return customers.numberOfOrders.select(new Interval(1, Long.MAX_VALUE, false));
    }
    if (c.count == null) {
      return customers.amountSpent.select(c.sumAmount);
    }
    RoaringBitmap result = customers.numberOfOrders.select(c.count);
    if (c.sumAmount != null) {
      result.and(customers.amountSpent.select(c.sumAmount));
    }
    return result;
  }

  /**
   * Customers whose aggregates hold: among those with selected records, a test per customer; those
   * without any hold exactly when the aggregates of nothing (all 0) do.
   */
  private RoaringBitmap aggregated(RecordConditions c, RoaringBitmap touched, long[] counts, long[] amounts,
                                   long[] quantities) {
    if (!c.hasAggregate()) {
      return touched;
    }
    RoaringBitmap result = c.aggregatesHold(0, 0, 0) ? snapshot.all() : new RoaringBitmap();
    if (c.aggregatesHold(0, 0, 0)) {
      result.andNot(touched);
    }
    touched.forEach((int i) -> {
      if (c.aggregatesHold(counts[i], amounts == null ? 0 : amounts[i], quantities == null ? 0 : quantities[i])) {
        result.add(i);
      }
    });
    return result;
  }
}
