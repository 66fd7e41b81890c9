package org.segmentum.engine;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The customer facts of one shop (DATA.md §3) in columns indexed by dense ordinal: numeric and date
 * facts as {@link LongColumn}s (money in {@link Money} units, instants in epoch seconds), categorical
 * and list facts as {@link ValueIndex}es. Ordinals follow ascending customer id. Immutable.
 */
final class CustomerTable {
  final long[] ids;
  final LongColumn amountSpent;
  final LongColumn numberOfOrders;
  final LongColumn firstOrder;
  final LongColumn lastOrder;
  final LongColumn abandonedCheckout;
  final LongColumn customerAdded;
  final LongColumn createdByApp;
  final ValueIndex<String> tags;
  final ValueIndex<String> countries;
  final ValueIndex<String> regions;
  final ValueIndex<String> cities;
  final ValueIndex<String> emailDomain;
  final ValueIndex<String> language;
  final ValueIndex<String> group;
  final ValueIndex<String> emailState;
  final ValueIndex<String> smsState;
  final ValueIndex<String> accountState;
  final ValueIndex<String> channels;
  final ValueIndex<Long> companies;
  /** {@code month * 100 + day} of the birth date, or -1. */
  final int[] birthMonthDay;
  /** Coordinates of addresses: customer {@code i} owns entries {@code [coordinateStart[i], coordinateStart[i+1])}. */
  final int[] coordinateStart;
  final double[] latitudes;
  final double[] longitudes;
  /** Custom field values by {@code namespace.key}, one slot per ordinal (null when absent). */
  final Map<String, Object[]> metafields;
  private final IdIndex idIndex;

  CustomerTable(Builder b) {
    this.ids = b.ids;
    this.idIndex = new IdIndex(b.ids);
    this.amountSpent = b.amountSpent;
    this.numberOfOrders = b.numberOfOrders;
    this.firstOrder = b.firstOrder;
    this.lastOrder = b.lastOrder;
    this.abandonedCheckout = b.abandonedCheckout;
    this.customerAdded = b.customerAdded;
    this.createdByApp = b.createdByApp;
    this.tags = b.tags.build();
    this.countries = b.countries.build();
    this.regions = b.regions.build();
    this.cities = b.cities.build();
    this.emailDomain = b.emailDomain.build();
    this.language = b.language.build();
    this.group = b.group.build();
    this.emailState = b.emailState.build();
    this.smsState = b.smsState.build();
    this.accountState = b.accountState.build();
    this.channels = b.channels.build();
    this.companies = b.companies.build();
    this.birthMonthDay = b.birthMonthDay;
    this.coordinateStart = b.coordinateStart;
    this.latitudes = b.latitudes;
    this.longitudes = b.longitudes;
    this.metafields = Map.copyOf(b.metafields);
  }

  int size() {
    return ids.length;
  }

  /** Builds the range index of every numeric and date column now rather than at its first query. */
  void indexColumns() {
    for (LongColumn column : new LongColumn[] {amountSpent, numberOfOrders, firstOrder, lastOrder, abandonedCheckout,
        customerAdded, createdByApp}) {
      column.index();
    }
  }

  /** The ordinal of a customer id, if the shop has that customer. */
  OptionalInt ordinalOf(long id) {
    int at = idIndex.ordinalOf(id);
    return at >= 0 ? OptionalInt.of(at) : OptionalInt.empty();
  }

  /** The ordinal of a customer id, or -1 (no allocation, for hot paths). */
  int ordinalOrMinusOne(long id) {
    return idIndex.ordinalOf(id);
  }

  /** Mutable columns filled by {@link SnapshotBuilder}. */
  static final class Builder {
    long[] ids;
    LongColumn amountSpent;
    LongColumn numberOfOrders;
    LongColumn firstOrder;
    LongColumn lastOrder;
    LongColumn abandonedCheckout;
    LongColumn customerAdded;
    LongColumn createdByApp;
    final ValueIndex.Builder<String> tags = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> countries = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> regions = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> cities = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> emailDomain = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> language = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> group = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> emailState = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> smsState = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> accountState = new ValueIndex.Builder<>();
    final ValueIndex.Builder<String> channels = new ValueIndex.Builder<>();
    final ValueIndex.Builder<Long> companies = new ValueIndex.Builder<>();
    int[] birthMonthDay;
    int[] coordinateStart;
    double[] latitudes;
    double[] longitudes;
    final java.util.HashMap<String, Object[]> metafields = new java.util.HashMap<>();
  }
}
