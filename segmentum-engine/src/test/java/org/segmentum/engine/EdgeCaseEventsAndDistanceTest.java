package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.segmentum.model.EventType;

/** Email and storefront events by activity, product, collection, date and count; distances near the limit. */
class EdgeCaseEventsAndDistanceTest extends EdgeCaseSupport {
  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final double KM_PER_MILE = 1.609344;

  @Test
  void emailEventsByActivityDateAndCount() {
    TinyShop shop = new TinyShop("America/New_York");
    shop.customers(1, 2, 3, 4, 5);
    shop.event(EventType.EMAIL_OPENED, 1, "2026-03-01T10:00", 10L)
        .event(EventType.EMAIL_OPENED, 1, "2026-03-08T23:30", 11L)
        .event(EventType.EMAIL_CLICKED, 1, "2026-03-08T10:00", 10L)
        .event(EventType.EMAIL_OPENED, 2, "2026-01-05T10:00", 10L)
        .event(EventType.EMAIL_DELIVERED, 2, "2026-01-05T09:00", 12L)
        .event(EventType.EMAIL_BOUNCED, 3, "2026-01-05T09:00", 12L)
        .event(EventType.EMAIL_MARKED_AS_SPAM, 3, "2026-01-06T09:00", 12L)
        .event(EventType.EMAIL_UNSUBSCRIBED, 3, "2026-01-07T09:00", 12L)
        .event(EventType.EMAIL_OPENED, 4, "2026-03-09T09:00", null);
    Segments s = load(shop, "2026-03-10T12:00");

    assertThat(s.members("shopify_email.opened MATCHES (activity_id = 10)")).containsExactly(1L, 2L);
    assertThat(s.members("shopify_email.opened MATCHES (activity_id IN (11, 12))")).containsExactly(1L);
    assertThat(s.members("shopify_email.opened MATCHES (activity_id NOT IN (10))")).containsExactly(1L);
    assertThat(s.members("shopify_email.opened MATCHES (date >= -7d)")).containsExactly(1L, 4L);
    assertThat(s.members("shopify_email.opened MATCHES (date = 2026-03-08)")).containsExactly(1L);
    assertThat(s.members("shopify_email.opened MATCHES (count >= 2)")).containsExactly(1L);
    assertThat(s.members("shopify_email.opened MATCHES ()")).containsExactly(1L, 2L, 4L);
    assertThat(s.members("shopify_email.opened NOT MATCHES ()")).containsExactly(3L, 5L);
    assertThat(s.members("shopify_email.clicked MATCHES (activity_id = 10, date = 2026-03-08)")).containsExactly(1L);
    assertThat(s.members("shopify_email.delivered MATCHES (activity_id = 12)")).containsExactly(2L);
    assertThat(s.members("shopify_email.bounced MATCHES ()")).containsExactly(3L);
    assertThat(s.members("shopify_email.marked_as_spam MATCHES (date = 2026-01-06)")).containsExactly(3L);
    assertThat(s.members("shopify_email.unsubscribed MATCHES (activity_id = 12, count = 1)")).containsExactly(3L);
  }

  @Test
  void storefrontViewsByProductAndCollection() {
    TinyShop shop = new TinyShop("Asia/Tokyo");
    shop.customers(1, 2, 3, 4);
    shop.event(EventType.STOREFRONT_PRODUCT_VIEWED, 1, "2026-03-01T10:00", 5L)
        .event(EventType.STOREFRONT_PRODUCT_VIEWED, 1, "2026-03-09T00:30", 5L)
        .event(EventType.STOREFRONT_PRODUCT_VIEWED, 2, "2026-03-02T10:00", 6L)
        .event(EventType.STOREFRONT_COLLECTION_VIEWED, 3, "2026-03-02T10:00", 7L);
    Segments s = load(shop, "2026-03-10T12:00");

    assertThat(s.members("storefront.product_viewed MATCHES (id = 5, count = 2)")).containsExactly(1L);
    assertThat(s.members("storefront_event.product_viewed MATCHES (id = 6)")).containsExactly(2L);
    assertThat(s.members("storefront.product_viewed MATCHES (id NOT IN (5))")).containsExactly(2L);
    assertThat(s.members("storefront.product_viewed MATCHES (date = yesterday)")).containsExactly(1L);
    assertThat(s.members("storefront.product_viewed MATCHES (id = 7)")).isEmpty();
    assertThat(s.members("storefront.collection_viewed MATCHES (id = 7)")).containsExactly(3L);
    assertThat(s.members("storefront_event.collection_viewed MATCHES (count = 0)")).containsExactly(1L, 2L, 4L);
  }

  @Test
  void distancesJustInsideAndJustOutsideTheLimit() {
    double lat = 48.8566;
    double lng = 2.3522;
    TinyShop shop = new TinyShop("Europe/Paris");
    shop.customer(1).addressAt(48.95, 2.3522);
    shop.customer(2).addressAt(48.8566, 2.5);
    shop.customer(3).addressAt(51.5074, -0.1278).addressAt(48.80, 2.30);
    shop.customer(4).address("FR", null, "Paris");
    shop.customer(5).addressAt(lat, lng);
    shop.customer(6);
    Segments s = load(shop, "2026-03-10T12:00");
    Map<Long, Double> nearest = new TreeMap<>(Map.of(1L, km(lat, lng, 48.95, 2.3522), 2L, km(lat, lng, 48.8566, 2.5),
        3L, Math.min(km(lat, lng, 51.5074, -0.1278), km(lat, lng, 48.80, 2.30)), 5L, 0.0));
    String point = "coordinates = (" + lat + ", " + lng + ")";

    for (double d : nearest.values()) {
      for (int direction : new int[] {-1, 1}) {
        BigDecimal km = limit(d, direction);
        assertThat(s.members("customer_within_distance MATCHES (" + point + ", distance_km = " + km + ")"))
            .containsExactlyElementsOf(within(nearest, km.doubleValue()));
        BigDecimal mi = limit(d / KM_PER_MILE, direction);
        assertThat(s.members("customer_within_distance MATCHES (" + point + ", distance_mi = " + mi + ")"))
            .containsExactlyElementsOf(within(nearest, mi.doubleValue() * KM_PER_MILE));
      }
    }
    assertThat(s.members("customer_within_distance MATCHES (" + point + ", distance_km = 0)")).containsExactly(5L);
    assertThat(s.members("customer_within_distance NOT MATCHES (" + point + ", distance_km = 10)"))
        .containsExactly(1L, 2L, 4L, 6L);
  }

  @Test
  void distancesAcrossTheAntimeridian() {
    TinyShop shop = new TinyShop("Pacific/Auckland");
    shop.customer(1).addressAt(0, -179.9);
    shop.customer(2).addressAt(0, 179.5);
    Segments s = load(shop, "2026-03-10T12:00");
    double d = km(0, 179.9, 0, -179.9);

    assertThat(d).isBetween(22.0, 23.0);
    assertThat(s.members("customer_within_distance MATCHES (coordinates = (0, 179.9), distance_km = "
        + limit(d, 1) + ")")).containsExactly(1L);
    assertThat(s.members("customer_within_distance MATCHES (coordinates = (0, 179.9), distance_km = "
        + limit(d, -1) + ")")).isEmpty();
  }

  /** Customers whose nearest address is within {@code km}. */
  private static List<Long> within(Map<Long, Double> nearest, double km) {
    return nearest.entrySet().stream().filter(e -> e.getValue() <= km).map(Map.Entry::getKey).toList();
  }

  /** A limit half a metre (or half a thousandth of a mile) below or above {@code d}, never negative. */
  private static BigDecimal limit(double d, int direction) {
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shifted = direction < 0 ? exact.subtract(new BigDecimal("0.0005")).setScale(4, RoundingMode.FLOOR)
        : exact.add(new BigDecimal("0.0005")).setScale(4, RoundingMode.CEILING);
    return shifted.max(BigDecimal.ZERO);
  }

  /**
   * Great-circle distance by the atan2 (Vincenty, sphere) form, written independently of the engine's
   * haversine; both are exact on a sphere, so they agree far below the half-metre margins used here.
   */
  private static double km(double lat1, double lng1, double lat2, double lng2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dl = Math.toRadians(lng2 - lng1);
    double y = Math.hypot(Math.cos(p2) * Math.sin(dl), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
    double x = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
    return EARTH_RADIUS_KM * Math.atan2(y, x);
  }
}
