package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/** Checks that every index of a snapshot agrees with its columns and record tables. */
final class SnapshotInvariants {
  private SnapshotInvariants() {
  }

  static void check(Snapshot s) {
    CustomerTable c = s.customers;
    int n = c.size();
    for (int i = 1; i < n; i++) {
      assertThat(c.ids[i]).as("ordinals follow ascending ids").isGreaterThan(c.ids[i - 1]);
    }
    OrderTable orders = s.orders;
    assertThat(orders.start[0]).isZero();
    assertThat(orders.start[n]).isEqualTo(orders.rows());
    for (int i = 0; i < n; i++) {
      assertThat(orders.start[i + 1]).isGreaterThanOrEqualTo(orders.start[i]);
      long amount = 0;
      long count = 0;
      long first = LongColumn.MISSING;
      long last = LongColumn.MISSING;
      for (int row = orders.start[i]; row < orders.start[i + 1]; row++) {
        if (orders.isCounted(row)) {
          amount += orders.net[row];
          count++;
          first = first == LongColumn.MISSING ? orders.created[row] : Math.min(first, orders.created[row]);
          last = last == LongColumn.MISSING ? orders.created[row] : Math.max(last, orders.created[row]);
        }
      }
      assertThat(c.amountSpent.get(i)).as("amount_spent of ordinal %d", i).isEqualTo(amount);
      assertThat(c.numberOfOrders.get(i)).as("number_of_orders of ordinal %d", i).isEqualTo(count);
      assertThat(c.firstOrder.get(i)).as("first_order_date of ordinal %d", i).isEqualTo(first);
      assertThat(c.lastOrder.get(i)).as("last_order_date of ordinal %d", i).isEqualTo(last);
      assertThat(s.rfmGroups.has(s.scores.group(i).name(), i)).isTrue();
      assertThat(s.spendTiers.has(s.scores.tier(i).name(), i)).isTrue();
    }
    for (ValueIndex<?> index : new ValueIndex<?>[] {c.tags, c.countries, c.regions, c.cities, c.emailDomain,
        c.language, c.group, c.emailState, c.smsState, c.accountState, c.channels, c.companies, s.rfmGroups,
        s.spendTiers}) {
      checkIndex(index, n);
    }
    assertThat(c.emailState.present().getCardinality()).isEqualTo(n);
    assertThat(s.rfmGroups.present().getCardinality()).isEqualTo(n);
    for (EventTable table : s.events.values()) {
      assertThat(table.start[n]).isEqualTo(table.occurred.length);
    }
  }

  private static void checkIndex(ValueIndex<?> index, int n) {
    RoaringBitmap union = new RoaringBitmap();
    for (Map.Entry<?, RoaringBitmap> entry : index.entries().entrySet()) {
      assertThat(entry.getValue().isEmpty()).as("no empty bitmap for %s", entry.getKey()).isFalse();
      union.or(entry.getValue());
    }
    assertThat(union).as("present is the union of the values").isEqualTo(index.present());
    if (!union.isEmpty()) {
      assertThat(union.last()).isLessThan(n);
    }
  }
}
