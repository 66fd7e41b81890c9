package org.segmentum.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WebhookStorageTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aSubscriptionStartsAtTheEndOfItsLogAndReadsOnlyItsShopAndTopic(Flavor flavor) {
    try (Storage storage = opened(flavor)) {
      long segment = storage.write((Transaction tx) -> tx.segments().create(7, "S", "number_of_orders > 0", "system", NOW)).id();
      storage.write((Transaction tx) -> tx.memberships().append(7, List.of(new NewEvent(segment, 1, true, NOW, "old"))));
      WebhookRow joins = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.CUSTOMER_JOINED_SEGMENT,
          "https://example.com/hook", "whsec_1", NOW));
      WebhookRow leaves = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.CUSTOMER_LEFT_SEGMENT,
          "https://example.com/hook", "whsec_2", NOW));
      assertThat(joins.active()).isTrue();
      assertThat(joins.failedAttempts()).isZero();
      assertThat(joins.dueAt(NOW)).isTrue();
      assertThat(joins.toString()).doesNotContain("whsec_1");
      List<StoredEvent> later = storage.write((Transaction tx) -> tx.memberships().append(7, List.of(
          new NewEvent(segment, 2, true, NOW, "a"), new NewEvent(segment, 1, false, NOW, "b"),
          new NewEvent(segment, 3, true, NOW, "c"))));
      long elsewhere = storage.write((Transaction tx) -> tx.segments().create(8, "S", "number_of_orders > 0", "system", NOW)).id();
      storage.write((Transaction tx) -> tx.memberships().append(8, List.of(new NewEvent(elsewhere, 5, true, NOW, "other"))));

      List<OutboxEvent> joined = storage.read((Transaction tx) -> tx.outbox().after(joins, 10));
      assertThat(joined).extracting(OutboxEvent::eventId).containsExactly(later.get(0).eventId(), later.get(2).eventId());
      assertThat(storage.read((Transaction tx) -> tx.outbox().pending(joins))).isEqualTo(2);
      assertThat(storage.read((Transaction tx) -> tx.outbox().after(leaves, 10))).extracting(OutboxEvent::eventId)
          .containsExactly(later.get(1).eventId());
      assertThat(storage.read((Transaction tx) -> tx.outbox().after(joins, 1))).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void theCursorMovesOnceAndFailuresKeepTheirRetryState(Flavor flavor) {
    try (Storage storage = opened(flavor)) {
      WebhookRow hook = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.SEGMENTS_CREATE,
          "http://localhost:1/x", "whsec_3", NOW));
      Instant retry = NOW.plusSeconds(2);
      assertThat(storage.write((Transaction tx) -> tx.webhooks().failed(hook.id(), hook.cursor(), 2, NOW, retry))).isTrue();
      WebhookRow failing = storage.read((Transaction tx) -> tx.webhooks().find(7, hook.id())).orElseThrow();
      assertThat(failing.failedAttempts()).isEqualTo(2);
      assertThat(failing.failingSince()).contains(NOW);
      assertThat(failing.nextAttemptAt()).contains(retry);
      assertThat(failing.dueAt(NOW.plusSeconds(1))).isFalse();
      assertThat(failing.dueAt(retry)).isTrue();

      assertThat(storage.write((Transaction tx) -> tx.webhooks().advance(hook.id(), hook.cursor(), 5))).isTrue();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().advance(hook.id(), hook.cursor(), 6))).isFalse();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().failed(hook.id(), hook.cursor(), 1, NOW, retry))).isFalse();
      WebhookRow moved = storage.read((Transaction tx) -> tx.webhooks().find(7, hook.id())).orElseThrow();
      assertThat(moved.cursor()).isEqualTo(5);
      assertThat(moved.failedAttempts()).isZero();
      assertThat(moved.failingSince()).isEmpty();
      assertThat(moved.nextAttemptAt()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void subscriptionsAreListedPerShopAndDeactivated(Flavor flavor) {
    try (Storage storage = opened(flavor)) {
      WebhookRow first = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.SEGMENTS_UPDATE,
          "https://a.example/h", "whsec_a", NOW));
      WebhookRow second = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.SEGMENTS_DELETE,
          "https://b.example/h", "whsec_b", NOW));
      WebhookRow other = storage.write((Transaction tx) -> tx.webhooks().create(8, WebhookTopic.SEGMENTS_DELETE,
          "https://c.example/h", "whsec_c", NOW));
      assertThat(storage.read((Transaction tx) -> tx.webhooks().list(7))).extracting(WebhookRow::id)
          .containsExactly(first.id(), second.id());
      assertThat(storage.read((Transaction tx) -> tx.webhooks().find(8, first.id()))).isEmpty();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().deactivate(8, first.id()))).isFalse();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().deactivate(7, first.id()))).isTrue();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().deactivate(7, first.id()))).isFalse();
      assertThat(storage.read((Transaction tx) -> tx.webhooks().find(7, first.id()))).isEmpty();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().advance(first.id(), first.cursor(), 9))).isFalse();
      assertThat(storage.write((Transaction tx) -> tx.webhooks().failed(first.id(), first.cursor(), 1, NOW, NOW))).isFalse();
      assertThat(storage.read((Transaction tx) -> tx.webhooks().active())).extracting(WebhookRow::id)
          .containsExactly(second.id(), other.id());
      assertThat(second.secret()).isEqualTo("whsec_b");
      assertThat(second.url()).isEqualTo("https://b.example/h");
      assertThat(second.createdAt()).isEqualTo(NOW);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void segmentLifecycleEventsAreLoggedInOrderWithTheirPayload(Flavor flavor) {
    try (Storage storage = opened(flavor)) {
      WebhookRow updates = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.SEGMENTS_UPDATE,
          "https://a.example/h", "whsec_a", NOW));
      SegmentEvent created = storage.write((Transaction tx) -> tx.segmentEvents().append(7, WebhookTopic.SEGMENTS_CREATE,
          4, "{\"id\":4}", NOW));
      SegmentEvent updated = storage.write((Transaction tx) -> tx.segmentEvents().append(7, WebhookTopic.SEGMENTS_UPDATE,
          4, "{\"id\":4,\"version\":2}", NOW.plusSeconds(1)));
      SegmentEvent again = storage.write((Transaction tx) -> tx.segmentEvents().append(7, WebhookTopic.SEGMENTS_UPDATE,
          4, "{\"id\":4,\"version\":3}", NOW.plusSeconds(2)));
      assertThat(updated.seq()).isGreaterThan(created.seq());
      assertThat(again.seq()).isGreaterThan(updated.seq());
      assertThat(storage.read((Transaction tx) -> tx.outbox().after(updates, 10))).containsExactly(updated, again);
      assertThat(updated.payload()).isEqualTo("{\"id\":4,\"version\":2}");
      assertThat(updated.topic()).isEqualTo(WebhookTopic.SEGMENTS_UPDATE);
      assertThat(updated.eventId()).isNotEqualTo(again.eventId());
      WebhookRow later = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.SEGMENTS_UPDATE,
          "https://a.example/h", "whsec_z", NOW));
      assertThat(later.cursor()).isEqualTo(again.seq());
      assertThatThrownBy(() -> storage.write((Transaction tx) -> tx.segmentEvents().append(7,
          WebhookTopic.CUSTOMER_JOINED_SEGMENT, 4, "{}", NOW))).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void theDeliveryLogIsReadNewestFirstInPages(Flavor flavor) {
    try (Storage storage = opened(flavor)) {
      WebhookRow hook = storage.write((Transaction tx) -> tx.webhooks().create(7, WebhookTopic.SEGMENTS_CREATE,
          "https://a.example/h", "whsec_a", NOW));
      storage.write((Transaction tx) -> {
        tx.webhookDeliveries().record(new DeliveryRow(0, hook.id(), "e1", 1, 1, NOW, OptionalInt.empty(),
            Optional.of("connection refused"), 3, DeliveryOutcome.FAILED));
        tx.webhookDeliveries().record(new DeliveryRow(0, hook.id(), "e1", 1, 2, NOW.plusSeconds(1), OptionalInt.of(500),
            Optional.empty(), 12, DeliveryOutcome.FAILED));
        tx.webhookDeliveries().record(new DeliveryRow(0, hook.id(), "e1", 1, 3, NOW.plusSeconds(3), OptionalInt.of(204),
            Optional.empty(), 7, DeliveryOutcome.DELIVERED));
        return null;
      });
      List<DeliveryRow> page = storage.read((Transaction tx) -> tx.webhookDeliveries().newestFirst(hook.id(),
          Long.MAX_VALUE, 2));
      assertThat(page).extracting(DeliveryRow::attempt).containsExactly(3, 2);
      assertThat(page.get(0).status()).hasValue(204);
      assertThat(page.get(0).outcome()).isEqualTo(DeliveryOutcome.DELIVERED);
      List<DeliveryRow> rest = storage.read((Transaction tx) -> tx.webhookDeliveries().newestFirst(hook.id(),
          page.get(1).id(), 2));
      assertThat(rest).singleElement().satisfies(row -> {
        assertThat(row.status()).isEmpty();
        assertThat(row.error()).contains("connection refused");
        assertThat(row.durationMillis()).isEqualTo(3);
        assertThat(row.attemptedAt()).isEqualTo(NOW);
        assertThat(row.eventId()).isEqualTo("e1");
      });
      assertThat(storage.read((Transaction tx) -> tx.webhookDeliveries().newestFirst(hook.id() + 1, Long.MAX_VALUE, 9)))
          .isEmpty();
    }
  }

  private Storage opened(Flavor flavor) {
    Storage storage = TestStorages.open(flavor, directory);
    storage.write((Transaction tx) -> {
      tx.shops().create(new ShopRow(7, "Seven", ZoneId.of("UTC"), "EUR", NOW));
      tx.shops().create(new ShopRow(8, "Eight", ZoneId.of("UTC"), "EUR", NOW));
      return null;
    });
    return storage;
  }
}
