package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentum.model.Customer;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/**
 * The R×FM grid agrees with the groups: per group, the grid's cells add up to the customers the engine
 * puts in that group (through a query and through the per-customer answer), and prospects are the rest.
 */
class RfmGridTest {
  @ParameterizedTest
  @ValueSource(longs = {3, 17, 2026})
  void theGridAddsUpToTheGroups(long seed) {
    RandomShop shop = new RandomShop(seed);
    LiveShop live = LiveShop.start(shop.store, shop.now);
    RfmGrid grid = live.rfmGrid();

    assertThat(grid.cells()).hasSize(25);
    assertThat(grid.cells()).allSatisfy(cell -> assertThat(cell.group()).isEqualTo(RfmGroup.of(cell.recency(),
        cell.frequencyMonetary())));
    Map<RfmGroup, Long> fromGrid = new EnumMap<>(RfmGroup.class);
    grid.cells().forEach(cell -> fromGrid.merge(cell.group(), cell.customers(), Long::sum));
    fromGrid.put(RfmGroup.PROSPECTS, grid.prospects());
    assertThat(fromGrid.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(shop.store.customers().size());

    Map<RfmGroup, Long> perCustomer = new EnumMap<>(RfmGroup.class);
    for (Customer customer : shop.store.customers()) {
      perCustomer.merge(live.rfmGroup(customer.id()), 1L, Long::sum);
    }
    Engine engine = live.engine();
    for (RfmGroup group : RfmGroup.values()) {
      var query = ((Validation.Valid) Query.check("rfm_group = '" + group + "'")).query();
      long members = engine.evaluate(query).count();
      assertThat(fromGrid.getOrDefault(group, 0L)).as(group.name()).isEqualTo(members);
      assertThat(perCustomer.getOrDefault(group, 0L)).as(group.name()).isEqualTo(members);
    }
    assertThat(live.rfmGroup(Long.MAX_VALUE)).isEqualTo(RfmGroup.PROSPECTS);
    assertThat(live.spendTier(Long.MAX_VALUE)).isEqualTo(SpendTier.LOW);
  }
}
