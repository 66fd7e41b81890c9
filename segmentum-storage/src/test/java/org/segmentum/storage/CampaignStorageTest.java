package org.segmentum.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The recipient steps that make sending at-most-once, and discount codes unique ignoring case, on both databases. */
class CampaignStorageTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final ShopRow SHOP = new ShopRow(7, "Shoes & Co", ZoneId.of("Europe/Sofia"), "EUR", NOW);

  @TempDir
  Path directory;

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void recipientsAreAttemptedOnlyWhileSendingAndInterruptedOnesBecomeUncertain(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      CampaignRow campaign = storage.write((Transaction tx) -> {
        tx.shops().create(SHOP);
        return tx.campaigns().create(7, new CampaignContent("News", "EMAIL", 1, "a@b.example", "Hi", "Body"), "app",
            NOW);
      });
      assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
      storage.write((Transaction tx) -> {
        tx.recipients().addAll(campaign.id(), List.of(new NewRecipient(3, "c@x"), new NewRecipient(1, "a@x"),
            new NewRecipient(2, "b@x")), NOW);
        tx.recipients().addAll(campaign.id(), List.of(new NewRecipient(1, "again@x")), NOW);
        return null;
      });
      assertThat(storage.write((Transaction tx) -> tx.recipients().markAttempting(campaign.id(), 1, "a@x", NOW)))
          .as("not sending yet").isFalse();
      assertThat(storage.write((Transaction tx) -> tx.campaigns().transition(campaign.id(), List.of(CampaignStatus.DRAFT),
          CampaignStatus.SENDING, NOW))).isTrue();
      assertThat(storage.write((Transaction tx) -> tx.campaigns().transition(campaign.id(), List.of(CampaignStatus.DRAFT),
          CampaignStatus.SENDING, NOW))).isFalse();

      RecipientRow first = storage.read((Transaction tx) -> tx.recipients().nextPending(campaign.id())).orElseThrow();
      assertThat(first.customerId()).isEqualTo(1);
      assertThat(first.address()).isEqualTo("a@x");
      assertThat(storage.write((Transaction tx) -> tx.recipients().markAttempting(campaign.id(), 1, "new@x", NOW))).isTrue();
      assertThat(storage.write((Transaction tx) -> tx.recipients().markAttempting(campaign.id(), 1, "new@x", NOW))).isFalse();
      storage.write((Transaction tx) -> {
        tx.recipients().finishAttempt(campaign.id(), 1, RecipientStatus.SENT, Optional.empty(), NOW);
        tx.recipients().markAttempting(campaign.id(), 2, "b@x", NOW);
        return null;
      });
      assertThat(storage.write((Transaction tx) -> tx.recipients().markInterrupted(NOW))).isEqualTo(1);
      RecipientRow second = storage.read((Transaction tx) -> tx.recipients().find(campaign.id(), 2)).orElseThrow();
      assertThat(second.status()).isEqualTo(RecipientStatus.UNCERTAIN);
      assertThat(second.error()).get().asString().contains("not sent again");
      assertThat(storage.read((Transaction tx) -> tx.recipients().nextPending(campaign.id()))).get()
          .extracting(RecipientRow::customerId).isEqualTo(3L);

      storage.write((Transaction tx) -> tx.campaigns().transition(campaign.id(), List.of(CampaignStatus.SENDING),
          CampaignStatus.PAUSED, NOW));
      assertThat(storage.write((Transaction tx) -> tx.recipients().markAttempting(campaign.id(), 3, "c@x", NOW)))
          .as("paused").isFalse();
      assertThat(storage.read((Transaction tx) -> tx.recipients().counts(campaign.id()))).containsEntry(RecipientStatus.SENT, 1L)
          .containsEntry(RecipientStatus.UNCERTAIN, 1L).containsEntry(RecipientStatus.PENDING, 1L)
          .containsEntry(RecipientStatus.FAILED, 0L);
      assertThat(storage.read((Transaction tx) -> tx.recipients().find(campaign.id(), 1))).get()
          .extracting(RecipientRow::address, RecipientRow::attempts).containsExactly("new@x", 1);
      assertThat(storage.write((Transaction tx) -> tx.campaigns().deleteDraft(7, campaign.id()))).as("started: kept").isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Flavor.class)
  void discountCodesAreUniqueIgnoringCaseAndFollowTheirSegments(Flavor flavor) {
    try (Storage storage = TestStorages.open(flavor, directory)) {
      long segment = storage.write((Transaction tx) -> {
        tx.shops().create(SHOP);
        return tx.segments().create(7, "VIP", "customer_tags CONTAINS 'vip'", "app", NOW).id();
      });
      DiscountTerms terms = new DiscountTerms("PERCENTAGE", "10", NOW, Optional.empty(), OptionalLong.of(5),
          OptionalLong.empty(), List.of(segment));
      DiscountRow row = storage.write((Transaction tx) -> tx.discounts().create(7, "Vip10", Optional.empty(), terms, NOW));
      assertThat(storage.read((Transaction tx) -> tx.discounts().codeTaken(7, "VIP10"))).isTrue();
      assertThatThrownBy(() -> storage.write((Transaction tx) -> tx.discounts().create(7, "vip10", Optional.empty(), terms, NOW)))
          .isInstanceOf(StorageException.class);
      assertThat(storage.read((Transaction tx) -> tx.discounts().find(7, "vIp10"))).get().satisfies(found -> {
        assertThat(found.code()).isEqualTo("Vip10");
        assertThat(found.terms().segmentIds()).containsExactly(segment);
        assertThat(found.terms().usageLimit()).hasValue(5);
      });
      storage.write((Transaction tx) -> tx.discounts().recordUsage(row.id(), 42, Optional.of("1001"), NOW));
      assertThat(storage.read((Transaction tx) -> tx.discounts().usageCount(row.id(), 42))).isEqualTo(1);
      storage.write((Transaction tx) -> tx.segments().delete(7, segment));
      assertThat(storage.read((Transaction tx) -> tx.discounts().find(7, "VIP10")).orElseThrow().terms().segmentIds()).isEmpty();
      assertThat(storage.write((Transaction tx) -> tx.discounts().delete(7, row.id()))).isTrue();
      assertThat(storage.read((Transaction tx) -> tx.discounts().find(7, "VIP10"))).isEmpty();
    }
  }
}
