package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentum.model.LoadResult;
import org.segmentum.model.Store;
import org.segmentum.model.StoreDirectory;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;

/**
 * The engine on the real UCI "Online Retail" shop (4,372 customers, 22,190 invoices of which 3,654
 * are cancellations) at 2011-12-10T00:00Z, against hand-written SQL over the same records in SQLite.
 * Local days are Europe/London days, computed here with java.time; RFM groups and spend tiers come from
 * {@link IndependentScores}. Every query is also checked against the reference evaluator.
 */
class OnlineRetailGoldenTest {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant NOW = Instant.parse("2011-12-10T00:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2011, 12, 10);

  @TempDir
  static Path temp;
  static Store store;
  static Engine engine;
  static ReferenceEvaluator reference;
  static OnlineRetailDatabase database;
  static Map<Long, OnlineRetailDatabase.Facts> facts = new HashMap<>();
  static Query language;

  @BeforeAll
  static void load() throws Exception {
    LoadResult loaded = StoreDirectory.read(OnlineRetailDatabase.locateStore());
    assertThat(loaded.report().problems()).as("load problems").isEmpty();
    store = loaded.store();
    assertThat(store.shop().timezone()).isEqualTo(LONDON);
    engine = Engine.load(store, Clock.fixed(NOW, LONDON));
    assertThat(engine.scoresAsOf()).isEqualTo(TODAY);
    reference = new ReferenceEvaluator(store, NOW, engine.scoresAsOf());
    language = Query.language().withSchema(ShopSchema.of(store.metafieldDefinitions()));
    database = OnlineRetailDatabase.create(store, temp.resolve("online-retail.sqlite"));
    List<OnlineRetailDatabase.Facts> all = database.facts();
    all.forEach(f -> facts.put(f.id(), f));
    database.storeScores(IndependentScores.compute(all, LONDON, TODAY));
  }

  @AfterAll
  static void close() throws Exception {
    SnapshotInvariants.check(engine.snapshotForTests());
    database.close();
  }

  @Test
  void theShopIsTheOneDescribed() {
    assertThat(store.customers()).hasSize(4372);
    assertThat(store.orders()).hasSize(22_190);
    assertThat(store.orders().stream().filter(o -> o.isCancelled()).count()).isEqualTo(3654);
    assertThat(engine.customerCount()).isEqualTo(4372);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.segmentum.engine.OnlineRetailCases#cases")
  void engineMatchesHandWrittenSql(OnlineRetailCases.Case c) throws Exception {
    CheckedQuery query = DifferentialTest.checked(language, c.query());
    TreeSet<Long> expected = database.ids(c.sql(), c.args());
    Membership members = engine.evaluate(query, NOW);
    TreeSet<Long> actual = new TreeSet<>();
    members.customerIds().forEach(actual::add);

    assertThat(actual).as("engine members of %s", c.query()).containsExactlyElementsOf(expected);
    assertThat(reference.members(query)).as("reference members of %s", c.query()).isEqualTo(expected);
    assertThat(expected.size()).as("expected members of %s", c.query()).isBetween(1, store.customers().size() - 1);
    assertStatistics(members.statistics(), expected);
  }

  private static void assertStatistics(Statistics statistics, TreeSet<Long> expected) {
    long cents = expected.stream().mapToLong(id -> facts.get(id).spentCents()).sum();
    long orders = expected.stream().mapToLong(id -> facts.get(id).orders()).sum();
    assertThat(statistics.members()).isEqualTo(expected.size());
    assertThat(statistics.amountSpentSum()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    assertThat(statistics.numberOfOrdersSum()).isEqualTo(orders);
  }

  @Test
  void casesAreManyAndDistinct() {
    List<OnlineRetailCases.Case> cases = OnlineRetailCases.cases().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
    assertThat(cases.stream().map(OnlineRetailCases.Case::query).distinct()).hasSameSizeAs(cases);
  }

  /** Epoch second at which a London day starts. */
  static long start(LocalDate day) {
    return day.atStartOfDay(LONDON).toEpochSecond();
  }

  static long start(String day) {
    return start(LocalDate.parse(day));
  }

  /** Epoch second at which a London day ends (the next day's start). */
  static long end(String day) {
    return start(LocalDate.parse(day).plusDays(1));
  }

  static long instant(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON).toEpochSecond();
  }

  static Stream<String> allRfmGroups() {
    return Arrays.stream(new String[] {"CHAMPIONS", "LOYAL", "ACTIVE", "NEW", "PROMISING", "NEEDS_ATTENTION",
        "AT_RISK", "ALMOST_LOST", "PREVIOUSLY_LOYAL", "DORMANT", "PROSPECTS"});
  }
}
