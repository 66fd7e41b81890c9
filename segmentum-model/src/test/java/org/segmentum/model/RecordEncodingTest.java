package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.model.generate.GeneratorOptions;
import org.segmentum.model.generate.StoreGenerator;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.query.MetafieldType;

class RecordEncodingTest {
  private static final List<MetafieldDefinition> DEFINITIONS = List.of(
      new MetafieldDefinition("loyalty", "points", "Points", MetafieldType.INTEGER),
      new MetafieldDefinition("loyalty", "since", "Member since", MetafieldType.DATE),
      new MetafieldDefinition("loyalty", "ratio", "Ratio", MetafieldType.DECIMAL),
      new MetafieldDefinition("loyalty", "sizes", "Sizes", MetafieldType.DECIMAL_LIST));

  @TempDir Path dir;

  @Test
  void aCustomerWithEveryFieldSurvivesTheRoundTrip() {
    Map<String, Object> metafields = new LinkedHashMap<>();
    metafields.put("loyalty.points", 120L);
    metafields.put("loyalty.since", LocalDate.parse("2020-02-29"));
    metafields.put("loyalty.ratio", new BigDecimal("0.250"));
    metafields.put("loyalty.sizes", List.of(new BigDecimal("38.5"), new BigDecimal("40")));
    metafields.put("misc.flag", true);
    metafields.put("misc.words", List.of("a \"quoted\" word", "ünïcödé"));
    metafields.put("misc.count", 7L);
    Customer customer = new Customer(42, "ana@example.com", "+359888123456", "Ana", "Ivanova",
        Instant.parse("2024-01-05T10:00:00.123456789Z"), Instant.parse("2025-06-01T00:00:00Z"), AccountState.INVITED,
        MarketingState.UNSUBSCRIBED, MarketingState.PENDING, List.of(Channel.EMAIL, Channel.VIBER), "bg",
        List.of("vip", "=cmd|' /C calc'!A0"), "line one\nline two", true, "Wholesale", List.of(3L, 9L), 1001L,
        LocalDate.parse("1990-12-31"),
        List.of(new Address("BG", "SOF", "Sofia", "1000", "Main St 1", null, "ACME", "+3592", 42.69751, 23.32415, true),
            new Address(null, null, null, null, null, null, null, null, null, null, false)),
        metafields);

    assertThat(roundTrip(customer, DEFINITIONS)).isEqualTo(customer);
  }

  @Test
  void aMinimalCustomerSurvivesTheRoundTrip() {
    Customer customer = new Customer(1, null, null, null, null, Instant.parse("2026-03-01T14:05:00Z"),
        Instant.parse("2026-03-01T14:05:00Z"), AccountState.ENABLED, MarketingState.NOT_SUBSCRIBED,
        MarketingState.NOT_SUBSCRIBED, List.of(), null, List.of(), null, false, null, List.of(), null, null, List.of(),
        Map.of());

    String json = RecordEncoding.customer(customer);

    assertThat(json).doesNotContain("\n").doesNotContain("null");
    assertThat(roundTrip(customer, List.of())).isEqualTo(customer);
  }

  @Test
  void customersReadFromShopifyCsvSurviveTheRoundTrip() {
    String csv = String.join(",", ShopifyCustomerCsv.COLUMNS) + "\n"
        + "'1001,Ann,Lee,ann@example.com,yes,ACME,Main St 1,,Sofia,SOF,BG,'01000,,'+359888,no,1,1,\"a, note\",no,\"vip, b2b\"\n";
    Customer customer = ShopifyCustomerCsv.read(new StringReader(csv), "in.csv", Instant.parse("2026-03-01T14:05:00Z"))
        .customers().get(0);

    assertThat(roundTrip(customer, List.of())).isEqualTo(customer);
  }

  @Test
  void everyGeneratedCustomerSurvivesTheRoundTrip() {
    StoreGenerator.generate(new GeneratorOptions(500, 7, GeneratorOptions.DEFAULT_NOW), dir);
    LoadResult loaded = StoreDirectory.read(dir);
    List<MetafieldDefinition> definitions = loaded.store().metafieldDefinitions();

    assertThat(loaded.store().customers()).hasSize(500)
        .allSatisfy(customer -> assertThat(roundTrip(customer, definitions)).isEqualTo(customer));
  }

  private static Customer roundTrip(Customer customer, List<MetafieldDefinition> definitions) {
    return switch (RecordDecoding.customer(RecordEncoding.customer(customer), definitions)) {
      case RecordDecoding.Result.Decoded<Customer> decoded -> decoded.value();
      case RecordDecoding.Result.Rejected<Customer> rejected ->
          throw new AssertionError(rejected.field() + ": " + rejected.reason());
    };
  }
}
