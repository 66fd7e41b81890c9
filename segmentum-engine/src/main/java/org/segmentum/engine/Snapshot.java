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
    ValueIndex.Builder<String> groups = new ValueIndex.Builder<>();
    ValueIndex.Builder<String> tiers = new ValueIndex.Builder<>();
    for (int i = 0; i < customers.size(); i++) {
      groups.add(i, scores.group(i).name());
      tiers.add(i, scores.tier(i).name());
    }
    this.rfmGroups = groups.build();
    this.spendTiers = tiers.build();
    this.purchases = ProductIndex.build(orders, products, customers.size());
    this.orderTimes = OrderTimeIndex.build(orders, customers.size());
    this.all = new RoaringBitmap();
    all.add(0L, (long) customers.size());
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
