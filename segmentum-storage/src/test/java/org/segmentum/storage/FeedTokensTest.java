package org.segmentum.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedTokensTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final ShopRow SHOP = new ShopRow(7, "Shoes & Co", ZoneId.of("Europe/Sofia"), "EUR", NOW);

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void feedsAreFoundByHashOnlyWhileNeitherRevokedNorExpired(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      long segment = setUp(storage);
      String secret = Secrets.newToken("sgmfeed_");
      Instant expires = NOW.plus(Duration.ofDays(1));
      FeedRow created = storage.write((Transaction tx) -> tx.feeds().create(7, segment, "Partner", List.of("id", "email"),
          Secrets.hash(secret), NOW, Optional.of(expires)));
      assertThat(created.fields()).containsExactly("id", "email");
      assertThat(created.useCount()).isZero();
      assertThat(created.activeAt(NOW)).isTrue();

      assertThat(storage.read((Transaction tx) -> tx.feeds().findUsable(Secrets.hash(secret), NOW))).contains(created);
      assertThat(storage.read((Transaction tx) -> tx.feeds().findUsable(Secrets.hash(secret + "x"), NOW))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.feeds().findUsable(Secrets.hash(secret), expires))).isEmpty();

      storage.write((Transaction tx) -> {
        tx.feeds().recordUse(created.id(), NOW.plusSeconds(5), "203.0.113.9");
        tx.feeds().recordUse(created.id(), NOW.plusSeconds(9), "198.51.100.4");
        return null;
      });
      FeedRow used = storage.read((Transaction tx) -> tx.feeds().find(7, segment, created.id())).orElseThrow();
      assertThat(used.useCount()).isEqualTo(2);
      assertThat(used.lastUsedAt()).contains(NOW.plusSeconds(9));
      assertThat(used.lastUsedFrom()).contains("198.51.100.4");

      assertThat(storage.write((Transaction tx) -> tx.feeds().revoke(8, segment, created.id(), NOW))).isFalse();
      assertThat(storage.write((Transaction tx) -> tx.feeds().revoke(7, segment + 1, created.id(), NOW))).isFalse();
      assertThat(storage.write((Transaction tx) -> tx.feeds().revoke(7, segment, created.id(), NOW))).isTrue();
      assertThat(storage.write((Transaction tx) -> tx.feeds().revoke(7, segment, created.id(), NOW))).isFalse();
      assertThat(storage.read((Transaction tx) -> tx.feeds().findUsable(Secrets.hash(secret), NOW))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.feeds().list(7, segment))).singleElement()
          .satisfies(row -> assertThat(row.revokedAt()).contains(NOW));
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void deletingTheSegmentDeletesItsFeeds(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      long segment = setUp(storage);
      String secret = Secrets.newToken("sgmfeed_");
      storage.write((Transaction tx) -> tx.feeds().create(7, segment, "Feed", List.of("id"), Secrets.hash(secret), NOW,
          Optional.empty()));
      storage.write((Transaction tx) -> tx.segments().delete(7, segment));
      assertThat(storage.read((Transaction tx) -> tx.feeds().findUsable(Secrets.hash(secret), NOW))).isEmpty();
      assertThat(storage.read((Transaction tx) -> tx.feeds().list(7, segment))).isEmpty();
    }
  }

  private static long setUp(Storage storage) {
    storage.write((Transaction tx) -> tx.shops().create(SHOP));
    return storage.write((Transaction tx) -> tx.segments().create(7, "VIP", "amount_spent > 100", "system", NOW)).id();
  }
}
