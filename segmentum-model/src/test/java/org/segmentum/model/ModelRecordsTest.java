package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

  static Customer customer(long id, Map<String, Object> metafields) {
    return new Customer(id, null, null, null, null, T, T, AccountState.ENABLED, MarketingState.NOT_SUBSCRIBED,
        MarketingState.NOT_SUBSCRIBED, List.of(), null, List.of(), null, false, null, List.of(), null, null,
        List.of(), metafields);
  }

  static Order order(OrderStatus status, Instant cancelledAt, boolean test) {
    return new Order(1, 2, T, status, cancelledAt, test, new BigDecimal("10.50"), new BigDecimal("0.25"),
        null, null, List.of());
  }

  @Test
  void orderIsCancelledByStatusOrTimestampAndCountedOnlyWhenNeitherTestNorCancelled() {
    assertThat(order(OrderStatus.PAID, null, false).isCancelled()).isFalse();
    assertThat(order(OrderStatus.CANCELLED, null, false).isCancelled()).isTrue();
    assertThat(order(OrderStatus.PAID, T, false).isCancelled()).isTrue();
    assertThat(order(OrderStatus.PAID, null, false).isCounted()).isTrue();
    assertThat(order(OrderStatus.PAID, null, true).isCounted()).isFalse();
    assertThat(order(OrderStatus.REFUNDED, T, false).isCounted()).isFalse();
    assertThat(order(OrderStatus.PAID, null, false).netAmount()).isEqualByComparingTo("10.25");
  }

  @Test
  void checkoutIsAbandonedUntilCompleted() {
    assertThat(new Checkout(1, 2, T, null, null).isAbandoned()).isTrue();
    assertThat(new Checkout(1, 2, T, T, BigDecimal.ONE).isAbandoned()).isFalse();
  }

  @Test
  void eventTypesHaveWireNames() {
    assertThat(EventType.EMAIL_MARKED_AS_SPAM.wireName()).isEqualTo("email.marked_as_spam");
    assertThat(EventType.STOREFRONT_COLLECTION_VIEWED.wireName()).isEqualTo("storefront.collection_viewed");
    for (EventType type : EventType.values()) {
      assertThat(EventType.ofWireName(type.wireName())).contains(type);
      assertThat(type.isEmail()).isEqualTo(type.name().startsWith("EMAIL_"));
    }
    assertThat(EventType.ofWireName("EMAIL_OPENED")).isEmpty();
  }

  @Test
  void customerCopiesItsListsAndMetafields() {
    List<Object> list = new ArrayList<>(List.of(1L, 2L));
    Map<String, Object> metafields = new HashMap<>(Map.of("a.b", list, "a.d", LocalDate.of(2020, 1, 2)));
    Customer customer = customer(1, metafields);
    list.add(3L);
    metafields.put("a.c", "x");
    assertThat(customer.metafields()).containsOnlyKeys("a.b", "a.d").containsEntry("a.b", List.of(1L, 2L));
    assertThatThrownBy(() -> customer.metafields().put("x.y", 1L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void customerRejectsMetafieldValuesOfOtherTypes() {
    assertThatThrownBy(() -> customer(1, Map.of("a.b", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.b");
    assertThatThrownBy(() -> customer(1, Map.of("a.b", List.of(true))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.b");
  }

  @Test
  void requiredComponentsAreChecked() {
    assertThatThrownBy(() -> new Shop(1, null, null, null)).hasMessage("timezone");
    assertThatThrownBy(() -> new Order(1, 2, null, OrderStatus.PAID, null, false, BigDecimal.ONE, BigDecimal.ZERO,
        null, null, List.of())).hasMessage("createdAt");
    assertThatThrownBy(() -> new Event(null, 1, T, null, null, null, null)).hasMessage("type");
  }

  @Test
  void storeSortsCustomersById() {
    Store store = Store.of(new Shop(1, null, ZoneId.of("UTC"), null), List.of(), List.of(), List.of(),
        List.of(customer(3, Map.of()), customer(1, Map.of()), customer(2, Map.of())), List.of(), List.of(), List.of());
    assertThat(store.customers()).extracting(Customer::id).containsExactly(1L, 2L, 3L);
  }
}
