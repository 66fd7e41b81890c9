package org.segmentum.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Query;
import org.segmentum.query.Validation;

/** The shape of compiled statements: layout, parameters, dialect differences. Members are tested elsewhere. */
class SqlCompilerTest {
  private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
  private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");
  /** The only quoted strings a statement may contain: constants of the compiler, never query values. */
  private static final List<String> CONSTANTS = List.of("CANCELLED", "email.opened", "email.clicked",
      "email.delivered", "email.bounced", "email.marked_as_spam", "email.unsubscribed", "storefront.product_viewed",
      "storefront.collection_viewed");

  @Test
  void statementsAreLaidOutOneConditionPerLine() {
    CompiledSql compiled = compile("amount_spent >= 100 AND last_order_date < -60d AND customer_tags CONTAINS 'VIP'",
        Dialect.POSTGRESQL);

    assertThat(compiled.sql()).isEqualTo("""
        SELECT c.customer_id
        FROM customers c
        JOIN customer_facts f
          ON f.shop_id = c.shop_id
          AND f.customer_id = c.customer_id
        WHERE c.shop_id = ?
          AND f.amount_spent >= ?
          AND f.last_order_at IS NOT NULL
          AND f.last_order_at < ?
          AND EXISTS (
            SELECT 1
            FROM customer_tags t
            WHERE t.shop_id = c.shop_id
              AND t.customer_id = c.customer_id
              AND t.tag = ?
          )
        ORDER BY c.customer_id""");
    long startOfDay60DaysAgo = 1_768_341_600L; // 2026-01-14T00:00 in Sofia (UTC+2)
    assertThat(compiled.parameters()).containsExactly(7L, 1_000_000L, startOfDay60DaysAgo, "vip");
  }

  @Test
  void negationsAndGroupsAreParenthesised() {
    CompiledSql compiled = compile("NOT (rfm_group = 'LOYAL' OR customer_language != 'en') AND number_of_orders > 1",
        Dialect.SQLITE);

    assertThat(compiled.sql()).contains("""
        WHERE c.shop_id = ?
          AND NOT (f.rfm_group = ? OR (c.language IS NOT NULL AND c.language <> ?))
          AND f.number_of_orders > ?""");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void queryValuesAreParametersAndNeverText(Dialect dialect) {
    String query = "customer_tags CONTAINS 'x\\' OR 1=1 --' OR customer_group = 'Robert\\'); DROP TABLE customers;'"
        + " OR metafields.a.b = 'zz\\\\' OR products_purchased MATCHES (tag = 'q\\'q', id IN (918273, 918274))"
        + " OR shopify_email.opened MATCHES (activity_id = 556677) OR amount_spent > 123456.78"
        + " OR orders_placed MATCHES (status = 'CANCELLED', location_id = 445566)";

    CompiledSql compiled = compile(query, dialect);

    assertThat(quoted(compiled.sql())).allMatch(CONSTANTS::contains);
    assertThat(compiled.sql()).doesNotContain("918273", "556677", "445566", "123456", "Robert", "DROP");
    assertThat(compiled.parameters()).contains("x' or 1=1 --", "Robert'); DROP TABLE customers;", "zz\\", "q'q",
        918_273L, 918_274L, 556_677L, 445_566L, 1_234_567_800L, "CANCELLED");
    assertThat(compiled.sql().chars().filter(c -> c == '?').count()).isEqualTo(compiled.parameters().size());
  }

  @Test
  void onlyTheMinimumFunctionDiffersBetweenDialects() {
    String query = "customer_within_distance MATCHES (coordinates = (42.69, 23.32), distance_mi = 10)";

    String postgres = compile(query, Dialect.POSTGRESQL).sql();

    assertThat(postgres).contains("ASIN(LEAST(1.0, SQRT(");
    assertThat(compile(query, Dialect.DUCKDB).sql()).isEqualTo(postgres);
    assertThat(compile(query, Dialect.SQLITE).sql()).isEqualTo(postgres.replace("LEAST(", "min("));
    assertThat(compile(query, Dialect.SQLITE).parameters()).endsWith(10 * 1.609344);
  }

  @Test
  void categoriesBecomeRecursiveTablesOfTheirDescendants() {
    CompiledSql compiled = compile("products_purchased MATCHES (category IN (3, 4)) "
        + "AND NOT products_purchased MATCHES (category = 9)", Dialect.DUCKDB);

    assertThat(compiled.sql()).startsWith("""
        WITH RECURSIVE
          category_tree_1 (category_id) AS (
            SELECT CAST(? AS BIGINT)
            UNION
            SELECT CAST(? AS BIGINT)
            UNION
            SELECT k.category_id
            FROM categories k
            JOIN category_tree_1 t
              ON k.parent_id = t.category_id
            WHERE k.shop_id = ?
          ),
          category_tree_2 (category_id) AS (""");
    assertThat(compiled.sql()).contains("p.category_id IN (SELECT category_id FROM category_tree_2)");
    assertThat(compiled.parameters()).startsWith(3L, 4L, 7L, 9L, 7L, 7L);
  }

  @Test
  void conditionsKnownInAdvanceAreFolded() {
    assertThat(compile("amount_spent = 1.00001", Dialect.POSTGRESQL).sql()).contains("WHERE FALSE");
    assertThat(compile("NOT amount_spent = 1.00001", Dialect.POSTGRESQL).sql()).endsWith("""
        WHERE c.shop_id = ?
        ORDER BY c.customer_id""");
    assertThat(compile("orders_placed MATCHES (status NOT IN ('OPEN'), count >= 0)", Dialect.POSTGRESQL).sql())
        .contains("IN (?, ?, ?, ?)").contains("HAVING COUNT(*) >= ?");
    assertThat(compile("anniversary('birth_date') BETWEEN -1y AND today", Dialect.POSTGRESQL).sql())
        .contains("AND f.birth_month_day IS NOT NULL\nORDER BY");
  }

  @Test
  void anniversariesAcrossTheYearEndAreTwoKeyRanges() {
    CompiledSql compiled = compile("anniversary('birth_date') BETWEEN 2026-12-30 AND 2027-01-02", Dialect.SQLITE);

    assertThat(compiled.sql()).contains(
        "(f.birth_month_day BETWEEN ? AND ? OR f.birth_month_day BETWEEN ? AND ?)");
    assertThat(compiled.parameters()).containsExactly(7L, 101L, 102L, 1230L, 1231L);
  }

  @Test
  void customNumbersArePairsOfWholeAndFraction() {
    assertThat(CustomNumbers.pair(new BigDecimal("2.5"))).containsExactly(2, 500_000_000_000_000_000L);
    assertThat(CustomNumbers.pair(new BigDecimal("-0.25"))).containsExactly(-1, 750_000_000_000_000_000L);
    assertThat(CustomNumbers.pair(new BigDecimal("-3"))).containsExactly(-3, 0);
    assertThat(CustomNumbers.pair(new BigDecimal("1e30"))).isNull();
  }

  private static CompiledSql compile(String query, Dialect dialect) {
    CheckedQuery checked = switch (Query.check(query)) {
      case Validation.Valid valid -> valid.query();
      case Validation.Invalid invalid -> throw new AssertionError(invalid.diagnostics().toString());
    };
    return SqlCompiler.compile(checked, dialect, SOFIA, NOW, 7);
  }

  private static List<String> quoted(String sql) {
    List<String> strings = new ArrayList<>();
    Matcher matcher = Pattern.compile("'([^']*)'").matcher(sql);
    while (matcher.find()) {
      strings.add(matcher.group(1));
    }
    return strings;
  }
}
