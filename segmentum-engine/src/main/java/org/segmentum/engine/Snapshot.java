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
    this.rfmGroups = groupIndex(scores, customers.size());
    this.spendTiers = tierIndex(scores, customers.size());
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
    this.rfmGroups = groupIndex(scores, customers.size());
    this.spendTiers = tierIndex(scores, customers.size());
    this.purchases = base.purchases;
    this.orderTimes = base.orderTimes;
    this.all = base.all;
  }

  /** The same data with other scores (a new day's), sharing every table and index but the score ones. */
  Snapshot withScores(Scores newScores) {
    return new Snapshot(this, newScores);
  }

  private static ValueIndex<String> groupIndex(Scores scores, int size) {
    ValueIndex.Builder<String> groups = new ValueIndex.Builder<>();
    for (int i = 0; i < size; i++) {
      groups.add(i, scores.group(i).name());
    }
    return groups.build();
  }

  private static ValueIndex<String> tierIndex(Scores scores, int size) {
    ValueIndex.Builder<String> tiers = new ValueIndex.Builder<>();
    for (int i = 0; i < size; i++) {
      tiers.add(i, scores.tier(i).name());
    }
    return tiers.build();
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
