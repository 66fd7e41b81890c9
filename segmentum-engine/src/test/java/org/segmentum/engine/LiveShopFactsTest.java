package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.OrderStatus;

/** A customer's derived facts follow their orders: counted orders only, net of refunds, first and last. */
class LiveShopFactsTest {
  @Test
  void factsFollowOrders() {
    TinyShop shop = new TinyShop("Europe/Sofia");
    shop.customer(1).createdAt("2026-01-01T09:00:00");
    shop.customer(2).createdAt("2026-01-01T09:00:00");
    shop.order(1, "2026-02-01T10:00:00").total("100.00").refunded("10.00");
    shop.order(1, "2026-02-05T10:00:00").total("50.00").test();
    shop.order(1, "2026-02-03T10:00:00").total("20.50");
    LiveShop live = LiveShop.start(shop.store(), shop.at("2026-03-01T00:00:00"));

    CustomerFacts facts = live.facts(1).orElseThrow();
    assertThat(facts.amountSpent()).isEqualByComparingTo("110.50");
    assertThat(facts.numberOfOrders()).isEqualTo(2);
    assertThat(facts.firstOrderAt()).contains(shop.at("2026-02-01T10:00:00"));
    assertThat(facts.lastOrderAt()).contains(shop.at("2026-02-03T10:00:00"));

    CustomerFacts none = live.facts(2).orElseThrow();
    assertThat(none.numberOfOrders()).isZero();
    assertThat(none.lastOrderAt()).isEmpty();
    assertThat(live.facts(3)).isEmpty();

    Instant later = shop.at("2026-03-02T10:00:00");
    live.apply(new Change.OrderUpsert(new Order(900, 2, later, OrderStatus.PAID, null, false, new BigDecimal("9.99"),
        BigDecimal.ZERO, null, null, List.of(new LineItem(1, 1, new BigDecimal("9.99"))))), later);
    assertThat(live.facts(2).orElseThrow().lastOrderAt()).contains(later);
    assertThat(live.facts(2).orElseThrow().amountSpent()).isEqualByComparingTo("9.99");
  }
}
