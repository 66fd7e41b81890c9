package org.segmentum.engine;

import java.time.ZoneId;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.model.EventType;

/**
 * One shop's data as the engine evaluates it: customer facts, orders, products, events and scores.
 * Immutable; readers share it freely while a newer one is being built.
 */
final class Snapshot {
  final ZoneId zone;
  final CustomerTable customers;
  final OrderTable orders;
  final ProductTable products;
  final Map<EventType, EventTable> events;
  final Scores scores;
  final ValueIndex<String> rfmGroups;
  final ValueIndex<String> spendTiers;
  final ProductIndex purchases;
  final OrderTimeIndex orderTimes;
  final ClauseCache cache = new ClauseCache(256L << 20);
  private final RoaringBitmap all;

  Snapshot(ZoneId zone, CustomerTable customers, OrderTable orders, ProductTable products,
           Map<EventType, EventTable> events, Scores scores) {
    this.zone = zone;
    this.customers = customers;
    this.orders = orders;
    this.products = products;
    this.events = Map.copyOf(events);
    this.scores = scores;
    this.rfmGroups = scoreIndex(customers.size(), i -> scores.group(i).name());
    this.spendTiers = scoreIndex(customers.size(), i -> scores.tier(i).name());
    this.purchases = ProductIndex.build(orders, products, customers.size());
    this.orderTimes = OrderTimeIndex.build(orders, customers.size());
    this.all = new RoaringBitmap();
    all.add(0L, (long) customers.size());
  }

  private Snapshot(Snapshot base, Scores scores) {
    this.zone = base.zone;
    this.customers = base.customers;
    this.orders = base.orders;
    this.products = base.products;
    this.events = base.events;
    this.scores = scores;
    this.rfmGroups = scoreIndex(customers.size(), i -> scores.group(i).name());
    this.spendTiers = scoreIndex(customers.size(), i -> scores.tier(i).name());
    this.purchases = base.purchases;
    this.orderTimes = base.orderTimes;
    this.all = base.all;
  }

  /** The same data with other scores (a new day's), sharing every table and index but the score ones. */
  Snapshot withScores(Scores newScores) {
    return new Snapshot(this, newScores);
  }

  /** An index of one score per customer ordinal (a group or a tier name). */
  private static ValueIndex<String> scoreIndex(int size, java.util.function.IntFunction<String> score) {
    ValueIndex.Builder<String> index = new ValueIndex.Builder<>();
    for (int i = 0; i < size; i++) {
      index.add(i, score.apply(i));
    }
    return index.build();
  }

  int size() {
    return customers.size();
  }

  /** Every customer ordinal: a shared bitmap that callers must not change. */
  RoaringBitmap allShared() {
    return all;
  }

  /** Every customer ordinal (a new bitmap the caller may change). */
  RoaringBitmap all() {
    return all.clone();
  }
}
