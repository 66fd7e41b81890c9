package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmentum.model.AccountState;
import org.segmentum.model.Customer;
import org.segmentum.model.LineItem;
import org.segmentum.model.MarketingState;
import org.segmentum.model.Order;
import org.segmentum.model.OrderStatus;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/**
 * A simulated year in two zones with DST: time-dependent segments join and leave at the start of the
 * right local day (or at the instant of the change that causes it), never early, never late, never twice.
 * Expected instants are worked out here with java.time day arithmetic.
 */
class LiveShopTimeTest {
  private record Expected(Instant at, MembershipEvent.Type type, long customer) {
  }

  @ParameterizedTest
  @ValueSource(strings = {"America/New_York", "Pacific/Auckland"})
  void aYearOfTimePassing(String zoneName) {
    ZoneId zone = ZoneId.of(zoneName);
    TinyShop shop = new TinyShop(zoneName);
    shop.customer(1).createdAt("2025-01-01T09:00:00");
    shop.order(1, "2025-12-20T23:30:00");
    shop.customer(3).createdAt("2025-01-01T09:00:00").birthDate("1992-02-29");
    // A birthday on the day the clocks change in this zone.
    String dstDay = zoneName.equals("America/New_York") ? "1990-03-08" : "1990-09-27";
    shop.customer(4).createdAt("2025-01-01T09:00:00").birthDate(dstDay);
    shop.customer(5).createdAt("2025-01-01T09:00:00");
    Instant start = LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant().plusSeconds(3600);
    LiveShop live = LiveShop.start(shop.store(), start);
    Map<String, String> segments = Map.of(
        "lapsed", "last_order_date < -60d",
        "new", "customer_added_date >= -7d",
        "birthday", "anniversary('birth_date') = today",
        "busy", "orders_placed MATCHES (date >= -30d, count >= 2)");
    List<MembershipEvent> events = new ArrayList<>();
    segments.forEach((id, text) -> events.addAll(live.define(id, ((Validation.Valid) Query.check(text)).query())));
    assertThat(events).as("nobody is a member at the start").isEmpty();

    Instant created = local(zone, "2026-03-05T10:00:00");
    events.addAll(live.apply(new Change.CustomerUpsert(customer(2, created)), created));
    Instant firstOrder = local(zone, "2026-06-01T10:00:00");
    events.addAll(live.apply(new Change.OrderUpsert(order(101, 5, firstOrder)), firstOrder));
    Instant secondOrder = local(zone, "2026-06-15T10:00:00");
    events.addAll(live.apply(new Change.OrderUpsert(order(102, 5, secondOrder)), secondOrder));
    events.addAll(live.advanceTo(local(zone, "2027-03-05T12:00:00")));

    assertThat(of(events, "lapsed")).containsExactly(
        new Expected(day(zone, LocalDate.of(2025, 12, 20).plusDays(61)), MembershipEvent.Type.JOINED, 1),
        new Expected(day(zone, LocalDate.of(2026, 6, 15).plusDays(61)), MembershipEvent.Type.JOINED, 5));
    assertThat(of(events, "new")).containsExactly(
        new Expected(created, MembershipEvent.Type.JOINED, 2),
        new Expected(day(zone, LocalDate.of(2026, 3, 5).plusDays(8)), MembershipEvent.Type.LEFT, 2));
    LocalDate birthday = LocalDate.parse(dstDay).withYear(2026);
    assertThat(of(events, "birthday")).containsExactly(
        new Expected(day(zone, LocalDate.of(2026, 2, 28)), MembershipEvent.Type.JOINED, 3),
        new Expected(day(zone, LocalDate.of(2026, 3, 1)), MembershipEvent.Type.LEFT, 3),
        new Expected(day(zone, birthday), MembershipEvent.Type.JOINED, 4),
        new Expected(day(zone, birthday.plusDays(1)), MembershipEvent.Type.LEFT, 4),
        new Expected(day(zone, LocalDate.of(2027, 2, 28)), MembershipEvent.Type.JOINED, 3),
        new Expected(day(zone, LocalDate.of(2027, 3, 1)), MembershipEvent.Type.LEFT, 3));
    assertThat(of(events, "busy")).containsExactly(
        new Expected(secondOrder, MembershipEvent.Type.JOINED, 5),
        new Expected(day(zone, LocalDate.of(2026, 6, 1).plusDays(31)), MembershipEvent.Type.LEFT, 5));
    assertThat(live.fullReevaluation().get("lapsed")).containsExactly(live.members("lapsed"));
  }

  private static List<Expected> of(List<MembershipEvent> events, String segment) {
    return events.stream().filter(e -> e.segment().equals(segment))
        .map(e -> new Expected(e.at(), e.type(), e.customerId())).toList();
  }

  private static Instant day(ZoneId zone, LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  private static Instant local(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  private static Customer customer(long id, Instant created) {
    return new Customer(id, null, null, null, null, created, created, AccountState.ENABLED,
        MarketingState.NOT_SUBSCRIBED, MarketingState.NOT_SUBSCRIBED, List.of(), null, List.of(), null, false, null,
        List.of(), null, null, List.of(), Map.of());
  }

  private static Order order(long id, long customer, Instant at) {
    return new Order(id, customer, at, OrderStatus.PAID, null, false, BigDecimal.TEN, BigDecimal.ZERO, null, null,
        List.of(new LineItem(1, 1, BigDecimal.TEN)));
  }
}
