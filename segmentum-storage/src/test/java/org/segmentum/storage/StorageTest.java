package org.segmentum.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.model.Store;

class StorageTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final ShopRow SHOP = new ShopRow(7, "Shoes & Co", ZoneId.of("Europe/Sofia"), "EUR", NOW);

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void shopsAreCreatedOnceAndFound(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      assertThat(storage.write((Transaction tx) -> tx.shops().create(SHOP))).isTrue();
      assertThat(storage.write((Transaction tx) -> tx.shops().create(SHOP))).isFalse();
      assertThat(storage.read((Transaction tx) -> tx.shops().find(7))).contains(SHOP);
      assertThat(storage.read((Transaction tx) -> tx.shops().find(8))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.shops().list())).containsExactly(SHOP);
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void tokensAreFoundByHashOnlyWhileActive(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      String secret = Secrets.newToken("sgm_");
      TokenRow created = storage.write((Transaction tx) -> tx.tokens().create(7, "app", EnumSet.of(Scope.WRITE),
          Secrets.hash(secret), NOW));
      assertThat(secret).startsWith("sgm_").hasSize(4 + 43);
      Optional<TokenRow> found = storage.read((Transaction tx) -> tx.tokens().findActive(Secrets.hash(secret)));
      assertThat(found).get().satisfies(token -> {
        assertThat(token.shopId()).isEqualTo(7);
        assertThat(token.allows(Scope.READ)).isTrue();
        assertThat(token.allows(Scope.WRITE)).isTrue();
        assertThat(token.allows(Scope.ADMIN)).isFalse();
      });
      assertThat(storage.read((Transaction tx) -> tx.tokens().findActive(Secrets.hash(secret + "x")))).isEmpty();
      assertThat(storage.write((Transaction tx) -> tx.tokens().revoke(8, created.id(), NOW))).isFalse();
      assertThat(storage.write((Transaction tx) -> tx.tokens().revoke(7, created.id(), NOW))).isTrue();
      assertThat(storage.read((Transaction tx) -> tx.tokens().findActive(Secrets.hash(secret)))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.tokens().list(7))).singleElement()
          .satisfies(token -> assertThat(token.revokedAt()).contains(NOW));
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void recordsAreUpsertedUnlessStaleAndErasedWithTheirCustomer(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      StoredRecord v1 = customer(1, 1_000, "{\"id\":1,\"created_at\":\"2026-01-01T00:00:00Z\",\"first_name\":\"A\"}");
      StoredRecord v2 = customer(1, 2_000, "{\"id\":1,\"created_at\":\"2026-01-01T00:00:00Z\",\"first_name\":\"B\"}");
      assertThat(storage.write((Transaction tx) -> tx.records().upsert(7, v1))).isEqualTo(UpsertOutcome.LOADED);
      assertThat(storage.write((Transaction tx) -> tx.records().upsert(7, v2))).isEqualTo(UpsertOutcome.REPLACED);
      assertThat(storage.write((Transaction tx) -> tx.records().upsert(7, v1))).isEqualTo(UpsertOutcome.STALE);
      StoredRecord order = new StoredRecord(RecordKind.ORDER, "10", OptionalLong.of(1), OptionalLong.empty(),
          "{\"id\":10,\"customer_id\":1,\"created_at\":\"2026-02-01T00:00:00Z\",\"total_price\":\"12.50\"}");
      storage.write((Transaction tx) -> tx.records().upsert(7, order));
      List<String> bodies = new ArrayList<>();
      storage.read((Transaction tx) -> {
        tx.records().forEach(7, RecordKind.CUSTOMER, bodies::add);
        return null;
      });
      assertThat(bodies).containsExactly(v2.body());
      assertThat(storage.write((Transaction tx) -> tx.records().deleteCustomer(7, 1))).isTrue();
      assertThat(storage.read((Transaction tx) -> tx.records().count(7, RecordKind.CUSTOMER))).isZero();
      assertThat(storage.read((Transaction tx) -> tx.records().count(7, RecordKind.ORDER))).isZero();
      assertThat(storage.write((Transaction tx) -> tx.records().deleteCustomer(7, 1))).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aBatchOfRecordsKeepsTheUpsertRule(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      StoredRecord newer = customer(1, 2_000, "{\"id\":1,\"v\":2}");
      storage.write((Transaction tx) -> tx.records().upsert(7, newer));
      storage.write((Transaction tx) -> {
        tx.records().upsertBatch(7, List.of(customer(1, 1_000, "{\"id\":1,\"v\":1}"),
            customer(2, 1_000, "{\"id\":2,\"v\":1}"), customer(2, 3_000, "{\"id\":2,\"v\":3}"),
            new StoredRecord(RecordKind.ORDER, "10", OptionalLong.of(2), OptionalLong.empty(), "{\"id\":10}")));
        tx.records().upsertBatch(7, List.of());
        return null;
      });
      List<String> customers = new ArrayList<>();
      storage.read((Transaction tx) -> {
        tx.records().forEach(7, RecordKind.CUSTOMER, customers::add);
        return null;
      });
      assertThat(customers).containsExactly("{\"id\":1,\"v\":2}", "{\"id\":2,\"v\":3}");
      assertThat(storage.read((Transaction tx) -> tx.records().count(7, RecordKind.ORDER))).isOne();
      assertThat(storage.write((Transaction tx) -> tx.records().deleteCustomer(7, 2))).isTrue();
      assertThat(storage.read((Transaction tx) -> tx.records().count(7, RecordKind.ORDER))).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void theStoreIsRebuiltFromRecords(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      storage.write((Transaction tx) -> {
        tx.records().upsert(7, customer(1, 1_000, "{\"id\":1,\"created_at\":\"2026-01-01T00:00:00Z\"}"));
        tx.records().upsert(7, new StoredRecord(RecordKind.ORDER, "10", OptionalLong.of(1), OptionalLong.empty(),
            "{\"id\":10,\"customer_id\":1,\"created_at\":\"2026-02-01T00:00:00Z\",\"total_price\":\"12.50\"}"));
        tx.records().upsert(7, new StoredRecord(RecordKind.PRODUCT, "5", OptionalLong.empty(), OptionalLong.empty(),
            "{\"id\":5,\"tags\":[\"shoes\"]}"));
        tx.records().upsert(7, new StoredRecord(RecordKind.CUSTOMER, "2", OptionalLong.of(2), OptionalLong.empty(),
            "{\"id\":2}"));
        return null;
      });
      StoreRebuild.Result result = storage.read((Transaction tx) -> StoreRebuild.of(tx, SHOP));
      Store store = result.store();
      assertThat(store.shop().timezone()).isEqualTo(SHOP.timezone());
      assertThat(store.customers()).extracting(c -> c.id()).containsExactly(1L);
      assertThat(store.orders()).singleElement().satisfies(o -> assertThat(o.customerId()).isEqualTo(1));
      assertThat(store.products()).singleElement().satisfies(p -> assertThat(p.tags()).containsExactly("shoes"));
      assertThat(result.problems()).singleElement().asString().contains("customer record left out")
          .contains("created_at");
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void segmentWritesCheckTheVersionAndNamesStayUnique(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      SegmentRow created = storage.write((Transaction tx) -> tx.segments().create(7, "VIP", "amount_spent > 100", "system", NOW));
      assertThat(created.version()).isEqualTo(1);
      assertThat(created.draftQuery()).isEmpty();
      SegmentRow edited = new SegmentRow(created.id(), 7, "VIP", created.query(), Optional.of("amount_spent > 200"),
          created.author(), created.version(), created.createdAt(), created.updatedAt());
      Instant later = NOW.plusSeconds(60);
      Optional<SegmentRow> saved = storage.write((Transaction tx) -> tx.segments().update(edited, 1, later));
      assertThat(saved).get().satisfies(row -> {
        assertThat(row.version()).isEqualTo(2);
        assertThat(row.draftQuery()).contains("amount_spent > 200");
        assertThat(row.updatedAt()).isEqualTo(later);
      });
      assertThat(storage.write((Transaction tx) -> tx.segments().update(edited, 1, later))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.segments().nameTaken(7, "VIP", -1))).isTrue();
      assertThat(storage.read((Transaction tx) -> tx.segments().nameTaken(7, "VIP", created.id()))).isFalse();
      assertThatThrownBy(() -> storage.write((Transaction tx) -> tx.segments().create(7, "VIP", "x", "system", NOW)))
          .isInstanceOf(StorageException.class);
      assertThat(storage.write((Transaction tx) -> tx.segments().delete(7, created.id()))).isTrue();
      assertThat(storage.read((Transaction tx) -> tx.segments().list(7))).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void membershipEventsAreLoggedInOrderAndGiveTheMembers(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      long segment = storage.write((Transaction tx) -> tx.segments().create(7, "S", "number_of_orders > 0", "system", NOW)).id();
      List<StoredEvent> first = storage.write((Transaction tx) -> tx.memberships().append(7, List.of(
          new NewEvent(segment, 3, true, NOW, "defined"), new NewEvent(segment, 1, true, NOW, "defined"))));
      List<StoredEvent> second = storage.write((Transaction tx) -> tx.memberships().append(7, List.of(
          new NewEvent(segment, 3, false, NOW.plusSeconds(1), "order 9"))));
      assertThat(first.get(1).seq()).isGreaterThan(first.get(0).seq());
      assertThat(second.get(0).seq()).isGreaterThan(first.get(1).seq());
      assertThat(storage.read((Transaction tx) -> tx.memberships().members(7)).get(segment)).containsExactly(1L);
      List<StoredEvent> feed = storage.read((Transaction tx) -> tx.memberships().eventsAfter(7, segment, 0, 10));
      assertThat(feed).extracting(StoredEvent::customerId, StoredEvent::type)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "joined"), org.assertj.core.groups.Tuple.tuple(1L,
              "joined"), org.assertj.core.groups.Tuple.tuple(3L, "left"));
      assertThat(feed).extracting(StoredEvent::eventId).doesNotHaveDuplicates();
      assertThat(storage.read((Transaction tx) -> tx.memberships().eventsAfter(7, segment, first.get(1).seq(), 10)))
          .containsExactly(second.get(0));
      assertThat(storage.read((Transaction tx) -> tx.memberships().eventsAfter(8, segment, 0, 10))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.memberships().lastSequence(7, segment))).isEqualTo(second.get(0).seq());
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void dailyCountsKeepTheLastCountOfEachDay(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      long segment = storage.write((Transaction tx) -> tx.segments().create(7, "S", "number_of_orders > 0", "system", NOW)).id();
      LocalDate day = LocalDate.of(2026, 3, 1);
      storage.write((Transaction tx) -> {
        tx.counts().record(segment, day.minusDays(1), 5, NOW.minusSeconds(86_400));
        tx.counts().record(segment, day, 6, NOW);
        tx.counts().record(segment, day, 8, NOW.plusSeconds(5));
        return null;
      });
      assertThat(storage.read((Transaction tx) -> tx.counts().since(segment, day.minusDays(1)))).containsExactly(
          new DailyCount(day.minusDays(1), 5, NOW.minusSeconds(86_400)), new DailyCount(day, 8, NOW.plusSeconds(5)));
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void committedDataSurvivesReopeningAndFailedWorkLeavesNothing(Flavor flavor) {
    StorageLocation location = TestStorages.location(flavor, directory);
    try (Storage storage = Storage.open(location)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      assertThatThrownBy(() -> storage.write((Transaction tx) -> {
        tx.records().upsert(7, customer(1, 1, "{\"id\":1,\"created_at\":\"2026-01-01T00:00:00Z\"}"));
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
    }
    try (Storage reopened = Storage.open(location)) {
      assertThat(reopened.read((Transaction tx) -> tx.shops().find(7))).contains(SHOP);
      assertThat(reopened.read((Transaction tx) -> tx.records().count(7, RecordKind.CUSTOMER))).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void scopesIncludeTheLesserOnes(Flavor flavor) {
    assertThat(Scope.ADMIN.includes(Scope.READ)).isTrue();
    assertThat(Scope.READ.includes(Scope.WRITE)).isFalse();
    assertThat(Scope.parse(" Write ")).contains(Scope.WRITE);
    assertThat(Scope.parse("root")).isEmpty();
    assertThat(Set.of(Scope.values())).hasSize(3);
    assertThat(flavor).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void aBatchOfUpsertsCountsLikeOneByOne(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      storage.write((Transaction tx) -> tx.shops().create(SHOP));
      storage.write((Transaction tx) -> tx.records().upsert(7, customer(1, 5_000, "{\"id\":1,\"v\":0}")));
      List<UpsertOutcome> outcomes = storage.write((Transaction tx) -> tx.records().upsertAll(7, List.of(
          customer(1, 4_000, "{\"id\":1,\"v\":1}"),
          customer(1, 6_000, "{\"id\":1,\"v\":2}"),
          customer(2, 1_000, "{\"id\":2,\"v\":1}"),
          customer(2, 500, "{\"id\":2,\"v\":2}"),
          customer(2, 1_000, "{\"id\":2,\"v\":3}"))));
      assertThat(outcomes).containsExactly(UpsertOutcome.STALE, UpsertOutcome.REPLACED, UpsertOutcome.LOADED,
          UpsertOutcome.STALE, UpsertOutcome.REPLACED);
      List<String> bodies = new ArrayList<>();
      storage.read((Transaction tx) -> {
        tx.records().forEach(7, RecordKind.CUSTOMER, bodies::add);
        return null;
      });
      assertThat(bodies).containsExactly("{\"id\":1,\"v\":2}", "{\"id\":2,\"v\":3}");
    }
  }

  private static StoredRecord customer(long id, long updatedAt, String body) {
    return new StoredRecord(RecordKind.CUSTOMER, Long.toString(id), OptionalLong.of(id), OptionalLong.of(updatedAt), body);
  }
}
