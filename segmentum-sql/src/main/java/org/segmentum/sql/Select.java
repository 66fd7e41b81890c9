package org.segmentum.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A correlated subquery over one customer's records: {@code SELECT ... FROM ... WHERE ... [HAVING ...]},
 * laid out one clause per line. Built once, then rendered; not thread-safe.
 */
final class Select {
  private final String from;
  private final List<String> joins = new ArrayList<>();
  private final List<Condition> where = new ArrayList<>();
  private String columns = "1";
  private Condition having = Condition.TRUE;
  private boolean aggregated;

  private Select(String from) {
    this.from = from;
  }

  /** A subquery over {@code table alias} restricted to the outer customer {@code c}. */
  static Select ofCustomer(String table, String alias) {
    Select select = new Select(table + " " + alias);
    select.where(Condition.leaf(alias + ".shop_id = c.shop_id"));
    select.where(Condition.leaf(alias + ".customer_id = c.customer_id"));
    return select;
  }

  /** A subquery over {@code table alias} without restriction. */
  static Select of(String table, String alias) {
    return new Select(table + " " + alias);
  }

  Select join(String join) {
    joins.add(join);
    return this;
  }

  Select where(Condition condition) {
    where.add(Objects.requireNonNull(condition, "condition"));
    return this;
  }

  /** Aggregates the selected rows into one group and keeps it only when {@code condition} holds. */
  Select having(String aggregate, Condition condition) {
    this.columns = aggregate;
    this.having = condition;
    this.aggregated = true;
    return this;
  }

  /** The subquery as SQL. */
  SqlText sql() {
    SqlText.Builder text = new SqlText.Builder().append("SELECT " + columns + "\nFROM " + from);
    joins.forEach(join -> text.append("\n" + join));
    Condition filter = Condition.all(where);
    if (!Condition.isTrue(filter)) {
      text.append("\nWHERE ").append(Layout.render(filter).indented(Layout.INDENT));
    }
    if (!Condition.isTrue(having)) {
      text.append("\nHAVING ").append(Layout.render(having).indented(Layout.INDENT));
    }
    return text.build();
  }

  /**
   * {@code EXISTS (subquery)}. Folded to a constant when that is certain: no rows can be selected and
   * there is no aggregate, or the aggregate condition is constant (an aggregate query without GROUP BY
   * always yields one group, even over no rows).
   */
  Condition exists() {
    if (aggregated && (Condition.isTrue(having) || Condition.isFalse(having))) {
      return having;
    }
    if (!aggregated && Condition.isFalse(Condition.all(where))) {
      return Condition.FALSE;
    }
    return Condition.leaf(Layout.exists(sql()));
  }
}
