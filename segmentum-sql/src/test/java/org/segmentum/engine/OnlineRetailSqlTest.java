package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmentum.model.LoadResult;
import org.segmentum.model.Store;
import org.segmentum.model.StoreDirectory;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.sql.CompiledSql;
import org.segmentum.sql.Dialect;
import org.segmentum.sql.SqlCompiler;
import org.segmentum.sql.SqlLoader;
import org.segmentum.sql.TestDatabases;

/**
 * The three dialects against the engine on the real Online Retail shop (4,372 customers, 22,190
 * invoices, 406,829 lines) at 2011-12-10T00:00Z, for every golden query of {@link OnlineRetailCases}
 * (whose members the engine's own tests check against hand-written SQL). The shop is loaded once per
 * dialect.
 */
class OnlineRetailSqlTest {
  @TempDir
  static Path temp;
  static Store store;
  static Engine engine;
  static Query language;
  static final Map<Dialect, Connection> databases = new EnumMap<>(Dialect.class);

  @BeforeAll
  static void load() throws SQLException {
    LoadResult loaded = StoreDirectory.read(OnlineRetailDatabase.locateStore());
    assertThat(loaded.report().problems()).as("load problems").isEmpty();
    store = loaded.store();
    engine = Engine.load(store, Clock.fixed(OnlineRetailGoldenTest.NOW, OnlineRetailGoldenTest.LONDON));
    language = Query.language().withSchema(ShopSchema.of(store.metafieldDefinitions()));
    for (Dialect dialect : Dialect.values()) {
      Connection connection = TestDatabases.withSchema(dialect, temp);
      SqlLoader.of(connection, dialect).load(store, engine.scoresAsOf());
      databases.put(dialect, connection);
    }
  }

  @AfterAll
  static void close() throws SQLException {
    for (Connection connection : databases.values()) {
      connection.close();
    }
  }

  static Stream<Arguments> cases() {
    return OnlineRetailCases.cases().flatMap(c -> Stream.of(Dialect.values()).map(d -> Arguments.of(d, c.query())));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void dialectAgreesWithTheEngine(Dialect dialect, String text) throws SQLException {
    CheckedQuery query = DifferentialTest.checked(language, text);
    TreeSet<Long> expected = new TreeSet<>();
    engine.evaluate(query, OnlineRetailGoldenTest.NOW).customerIds().forEach(expected::add);
    CompiledSql compiled = SqlCompiler.compile(query, dialect, OnlineRetailGoldenTest.LONDON,
        OnlineRetailGoldenTest.NOW, store.shop().id());

    TreeSet<Long> actual = TestDatabases.members(databases.get(dialect), compiled);

    assertThat(actual).as("%s members of %s%n%s%n%s", dialect, text, compiled.sql(),
        TestDatabases.describe(compiled.parameters())).isEqualTo(expected);
    assertThat(expected.size()).as("members of %s", text).isBetween(1, store.customers().size() - 1);
  }
}
