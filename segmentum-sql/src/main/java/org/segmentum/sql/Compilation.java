package org.segmentum.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentum.query.Expr;
import org.segmentum.query.Subject;
import org.segmentum.query.Test;
import org.segmentum.query.time.DateResolver;

/**
 * The state of compiling one query: the dialect, the resolved dates, the shop, and the common table
 * expressions collected on the way (category trees). Walks the AND / OR / NOT tree; each clause becomes
 * a two-valued {@link Condition}. Not thread-safe; one per compilation.
 */
final class Compilation {
  final Dialect dialect;
  final DateResolver dates;
  final long shopId;
  private final List<SqlText> tables = new ArrayList<>();
  private final FunctionClauses functions = new FunctionClauses(this);
  private final CustomFieldClauses customFields = new CustomFieldClauses(this);

  Compilation(Dialect dialect, DateResolver dates, long shopId) {
    this.dialect = dialect;
    this.dates = dates;
    this.shopId = shopId;
  }

  Condition expr(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> Condition.any(or.operands().stream().map(this::expr).toList());
      case Expr.And and -> Condition.all(and.operands().stream().map(this::expr).toList());
      case Expr.Not not -> Condition.not(expr(not.operand()));
      case Expr.Clause clause -> switch (clause.subject()) {
        case Subject.Anniversary anniversary -> AnniversaryClauses.condition(anniversary.attribute(), clause.test(),
            dates);
        case Subject.Filter filter -> filter(filter.name(), clause.test());
      };
    };
  }

  private Condition filter(String name, Test test) {
    return switch (name) {
      case "amount_spent" -> AttributeClauses.number(Column.notNull("f.amount_spent"), 4, test);
      case "number_of_orders" -> AttributeClauses.number(Column.notNull("f.number_of_orders"), 0, test);
      case "created_by_app_id" -> AttributeClauses.number(Column.nullable("c.created_by_app_id"), 0, test);
      case "first_order_date" -> AttributeClauses.instant(Column.nullable("f.first_order_at"), test, dates);
      case "last_order_date" -> AttributeClauses.instant(Column.nullable("f.last_order_at"), test, dates);
      case "abandoned_checkout_date" -> AttributeClauses.instant(Column.nullable("f.abandoned_checkout_at"), test,
          dates);
      case "customer_added_date" -> AttributeClauses.instant(Column.notNull("c.created_at"), test, dates);
      case "customer_tags" -> AttributeClauses.list("customer_tags", "t", Column.notNull("t.tag"), test,
          v -> Literals.text(v).toLowerCase(Locale.ROOT));
      case "customer_countries" -> AttributeClauses.list("customer_addresses", "a", Column.nullable("a.country_key"),
          test, Literals::text);
      case "customer_regions" -> AttributeClauses.list("customer_addresses", "a", Column.nullable("a.region_key"),
          test, Literals::text);
      case "customer_cities" -> AttributeClauses.list("customer_addresses", "a", Column.nullable("a.city_key"),
          test, Literals::text);
      case "subscribed_channels" -> AttributeClauses.list("customer_channels", "ch", Column.notNull("ch.channel"),
          test, Literals::text);
      case "companies" -> AttributeClauses.list("customer_companies", "co", Column.notNull("co.company_id"), test,
          Literals::whole);
      case "customer_email_domain" -> AttributeClauses.text(Column.nullable("f.email_domain"), test);
      case "customer_language" -> AttributeClauses.text(Column.nullable("c.language"), test);
      case "customer_group" -> AttributeClauses.text(Column.nullable("c.customer_group"), test);
      case "email_subscription_status" -> AttributeClauses.text(Column.notNull("c.email_marketing"), test);
      case "sms_subscription_status" -> AttributeClauses.text(Column.notNull("c.sms_marketing"), test);
      case "customer_account_status" -> AttributeClauses.text(Column.notNull("c.state"), test);
      case "rfm_group" -> AttributeClauses.text(Column.notNull("f.rfm_group"), test);
      case "predicted_spend_tier" -> AttributeClauses.text(Column.notNull("f.spend_tier"), test);
      default -> name.startsWith(CustomFieldClauses.PREFIX) ? customFields.condition(name, test)
          : functions.condition(name, test);
    };
  }

  /**
   * Registers a recursive common table expression holding the given categories and all their
   * descendants, and returns its name. The given ids are members even when no such category exists,
   * as a product may name a category the shop never described.
   */
  String categoryTree(List<Long> roots) {
    String name = "category_tree_" + (tables.size() + 1);
    SqlText.Builder cte = new SqlText.Builder().append(name + " (category_id) AS (\n");
    for (Long root : roots) {
      cte.append(Layout.INDENT + "SELECT CAST(").param(root).append(" AS BIGINT)\n" + Layout.INDENT + "UNION\n");
    }
    cte.append(Layout.INDENT + "SELECT k.category_id\n" + Layout.INDENT + "FROM categories k\n"
        + Layout.INDENT + "JOIN " + name + " t\n" + Layout.INDENT + "  ON k.parent_id = t.category_id\n"
        + Layout.INDENT + "WHERE k.shop_id = ").param(shopId).append("\n)");
    tables.add(cte.build());
    return name;
  }

  CompiledSql statement(Condition where) {
    SqlText.Builder sql = new SqlText.Builder();
    if (!tables.isEmpty()) {
      sql.append("WITH RECURSIVE\n");
      for (int i = 0; i < tables.size(); i++) {
        sql.append(i == 0 ? Layout.INDENT : ",\n" + Layout.INDENT).append(tables.get(i).indented(Layout.INDENT));
      }
      sql.append("\n");
    }
    sql.append("SELECT c.customer_id\nFROM customers c\nJOIN customer_facts f\n"
        + "  ON f.shop_id = c.shop_id\n  AND f.customer_id = c.customer_id\nWHERE ");
    Condition filter = Condition.all(Condition.leaf("c.shop_id = ?", shopId), where);
    sql.append(Layout.render(filter).indented(Layout.INDENT)).append("\nORDER BY c.customer_id");
    SqlText text = sql.build();
    return new CompiledSql(text.text(), text.params());
  }
}
