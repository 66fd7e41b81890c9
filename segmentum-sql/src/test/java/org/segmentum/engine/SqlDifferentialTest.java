package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.model.Shop;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.sql.CompiledSql;
import org.segmentum.sql.Dialect;
import org.segmentum.sql.SqlCompiler;
import org.segmentum.sql.SqlLoader;
import org.segmentum.sql.TestDatabases;

/**
 * The SQL compiler against the engine on seeded random shops and random valid queries, on a real
 * database of each dialect. All shops go into one database under different shop ids, so a statement
 * that strays into another shop fails too. CI runs 100 shops x 20 queries per dialect;
 * {@code -Dsegmentum.fuzz.scale=N} runs N times more shops, {@code -Dsegmentum.fuzz.seed} changes the
 * seeds. A failure names the seed, the shrunk query and its SQL.
 */
class SqlDifferentialTest {
  private static final int SHOPS = 100 * Integer.getInteger("segmentum.fuzz.scale", 1);
  private static final int QUERIES_PER_SHOP = 20;

  @TempDir
  Path temp;

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void sqlAgreesWithTheEngine(Dialect dialect) throws SQLException {
    long base = Long.getLong("segmentum.fuzz.seed", 20261201L);
    int compared = 0;
    try (Connection connection = TestDatabases.withSchema(dialect, temp)) {
      SqlLoader loader = SqlLoader.of(connection, dialect);
      for (int s = 0; s < SHOPS; s++) {
        long seed = base + s;
        RandomShop shop = new RandomShop(seed);
        Store store = withShopId(shop.store, s + 1);
        Engine engine = Engine.load(store, Clock.fixed(shop.now, ZoneOffset.UTC));
        loader.load(store, engine.scoresAsOf());
        Fixture fixture = new Fixture(dialect, connection, store, engine, shop);
        RandomQueries queries = new RandomQueries(new SplittableRandom(seed * 31), shop.now, engine.zone(), store);
        for (int q = 0; q < QUERIES_PER_SHOP; q++) {
          Expr expr = queries.expr(3);
          if (fixture.disagree(expr)) {
            Expr small = Shrinker.shrink(expr, fixture::disagree);
            fail(fixture.report(seed, small));
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(2_000);
  }

  /** The same store under another shop id. */
  static Store withShopId(Store store, long shopId) {
    Shop shop = store.shop();
    return Store.of(new Shop(shopId, shop.name(), shop.timezone(), shop.currency()), store.metafieldDefinitions(),
        store.categories(), store.products(), store.customers(), store.orders(), store.checkouts(), store.events());
  }

  /** One loaded shop: compares the engine's members with the database's for a query. */
  private record Fixture(Dialect dialect, Connection connection, Store store, Engine engine, RandomShop shop) {
    Query language() {
      return Query.language().withSchema(ShopSchema.of(store.metafieldDefinitions()));
    }

    CheckedQuery checked(Expr expr) {
      return DifferentialTest.checked(language(), Query.print(expr));
    }

    CompiledSql compiled(CheckedQuery query) {
      return SqlCompiler.compile(query, dialect, engine.zone(), shop.now, store.shop().id());
    }

    TreeSet<Long> engineMembers(CheckedQuery query) {
      TreeSet<Long> members = new TreeSet<>();
      engine.evaluate(query, shop.now).customerIds().forEach(members::add);
      return members;
    }

    boolean disagree(Expr expr) {
      CheckedQuery query = checked(expr);
      try {
        return !engineMembers(query).equals(TestDatabases.members(connection, compiled(query)));
      } catch (SQLException e) {
        return true;
      }
    }

    String report(long seed, Expr expr) {
      CheckedQuery query = checked(expr);
      CompiledSql compiled = compiled(query);
      String sqlMembers;
      try {
        sqlMembers = TestDatabases.members(connection, compiled).toString();
      } catch (SQLException e) {
        sqlMembers = "error: " + e.getMessage();
      }
      return String.format("%s, seed %d: engine and SQL disagree on%n  %s%n(now %s, zone %s, shop %d)%n"
              + "engine: %s%nSQL:    %s%n%s%nparameters: %s", dialect, seed, query.canonical(), shop.now,
          engine.zone(), store.shop().id(), engineMembers(query), sqlMembers, compiled.sql(),
          TestDatabases.describe(compiled.parameters()));
    }
  }
}
