package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;

/** Paging and sort order of members, statistics, and "why" explanations. */
class EdgeCaseMembershipTest extends EdgeCaseSupport {

  /**
   * amount_spent: 1: 50, 2: 200, 3: 50, 4: none, 5: 125.50, 6: 200, 7: none, 8: 10;
   * last order: 6 < 1 < 5 < 2 = 3 (same instant) < 8; 4 and 7 never ordered; 3 and 5 tagged vip.
   */
  private Segments shop() {
    TinyShop shop = new TinyShop("America/New_York");
    shop.customers(1, 2, 4, 6, 7, 8);
    shop.customer(3).tags("VIP");
    shop.customer(5).tags("vip");
    shop.order(1, "2026-01-05T10:00").total("50.00");
    shop.order(2, "2026-01-10T10:00").total("150.00");
    shop.order(2, "2026-02-01T10:00").total("50.00");
    shop.order(3, "2026-02-01T10:00").total("50.00");
    shop.order(5, "2026-01-20T10:00").total("125.50");
    shop.order(6, "2025-12-31T10:00").total("200.00");
    shop.order(8, "2026-03-01T10:00").total("10.00");
    shop.checkout(8, "2026-03-02T10:00", false);
    shop.checkout(1, "2026-02-02T10:00", false);
    return load(shop, "2026-03-10T12:00");
  }

  @Test
  void pagesSortByTheKeyWithMissingValuesLastAndTiesById() {
    Membership all = shop().membership("number_of_orders >= 0");

    assertThat(all.page(SortKey.AMOUNT_SPENT, false, 0, 10)).containsExactly(4L, 7L, 8L, 1L, 3L, 5L, 2L, 6L);
    assertThat(all.page(SortKey.AMOUNT_SPENT, true, 0, 10)).containsExactly(2L, 6L, 5L, 1L, 3L, 8L, 4L, 7L);
    assertThat(all.page(SortKey.LAST_ORDER_DATE, false, 0, 10)).containsExactly(6L, 1L, 5L, 2L, 3L, 8L, 4L, 7L);
    assertThat(all.page(SortKey.LAST_ORDER_DATE, true, 0, 10)).containsExactly(8L, 2L, 3L, 5L, 1L, 6L, 4L, 7L);
    assertThat(all.page(SortKey.FIRST_ORDER_DATE, true, 0, 10)).containsExactly(8L, 3L, 5L, 2L, 1L, 6L, 4L, 7L);
    assertThat(all.page(SortKey.ABANDONED_CHECKOUT_DATE, true, 0, 3)).containsExactly(8L, 1L, 2L);
    assertThat(all.page(SortKey.ABANDONED_CHECKOUT_DATE, false, 0, 3)).containsExactly(1L, 8L, 2L);
    assertThat(all.page(SortKey.ID, true, 0, 3)).containsExactly(8L, 7L, 6L);
  }

  @Test
  void pagesConcatenateToTheWholeOrder() {
    Membership all = shop().membership("number_of_orders >= 0");

    for (SortKey key : SortKey.values()) {
      for (boolean descending : new boolean[] {false, true}) {
        List<Long> whole = all.page(key, descending, 0, 100);
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
          paged.addAll(all.page(key, descending, offset, 3));
        }
        assertThat(paged).as("%s %s", key, descending).isEqualTo(whole).hasSize(8);
      }
    }
    assertThat(all.page(SortKey.ID, false, 8, 5)).isEmpty();
    assertThat(all.page(SortKey.ID, false, 2, 0)).isEmpty();
    assertThatThrownBy(() -> all.page(SortKey.ID, false, -1, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void membersCountsAndStatistics() {
    Segments s = shop();
    Membership spenders = s.membership("amount_spent > 0");
    Membership none = s.membership("amount_spent > 1000");

    assertThat(spenders.count()).isEqualTo(6);
    assertThat(spenders.share()).isEqualTo(0.75);
    assertThat(spenders.contains(5)).isTrue();
    assertThat(spenders.contains(4)).isFalse();
    assertThat(spenders.contains(999)).isFalse();
    assertThat(spenders.page(SortKey.LAST_ORDER_DATE, true, 1, 2)).containsExactly(2L, 3L);
    Statistics statistics = spenders.statistics();
    assertThat(statistics.members()).isEqualTo(6);
    assertThat(statistics.amountSpentSum()).isEqualTo(new BigDecimal("635.50"));
    assertThat(statistics.amountSpentAverage()).isEqualTo(new BigDecimal("105.92"));
    assertThat(statistics.numberOfOrdersSum()).isEqualTo(7);
    assertThat(statistics.numberOfOrdersAverage()).isEqualTo(new BigDecimal("1.17"));
    assertThat(none.count()).isZero();
    assertThat(none.statistics()).isEqualTo(new Statistics(0, new BigDecimal("0.00"), new BigDecimal("0.00"), 0,
        new BigDecimal("0.00")));
  }

  @Test
  void whyGivesTheTruthOfEveryNode() {
    Segments s = shop();
    String text = "amount_spent >= 100 AND (last_order_date >= -45d OR NOT customer_tags CONTAINS 'vip')";
    CheckedQuery query = s.checked(text);
    Membership members = s.membership(text);

    assertThat(members.customerIds().boxed().toList()).containsExactly(2L, 6L);
    for (long id = 1; id <= 8; id++) {
      Explanation why = s.engine.why(query, id, s.loadedAt).orElseThrow();
      assertThat(why.holds()).as("customer %d", id).isEqualTo(members.contains(id));
      assertConsistent(s, query.expr(), why, id);
    }
    Explanation five = s.engine.why(query, 5, s.loadedAt).orElseThrow();
    assertThat(five.children()).extracting(Explanation::holds).containsExactly(true, false);
    assertThat(five.children().get(0).customerValues()).isEqualTo("amount_spent: 125.5");
    assertThat(five.children().get(1).children()).extracting(Explanation::holds).containsExactly(false, false);
    assertThat(five.children().get(1).children().get(1).children().get(0).holds()).isTrue();
    assertThat(s.engine.why(query, 999, s.loadedAt)).isEmpty();
  }

  /** Each node's truth is the operator applied to its children's, and each clause's is its own membership. */
  private static void assertConsistent(Segments s, Expr expr, Explanation why, long id) {
    assertThat(why.text()).isEqualTo(Query.print(expr));
    List<Boolean> children = why.children().stream().map(Explanation::holds).toList();
    switch (expr) {
      case Expr.And and -> assertThat(why.holds()).isEqualTo(!children.contains(false));
      case Expr.Or or -> assertThat(why.holds()).isEqualTo(children.contains(true));
      case Expr.Not not -> assertThat(why.holds()).isEqualTo(!children.get(0));
      case Expr.Clause clause -> assertThat(why.holds()).isEqualTo(s.members(why.text()).contains(id));
    }
    List<Expr> operands = switch (expr) {
      case Expr.And and -> and.operands();
      case Expr.Or or -> or.operands();
      case Expr.Not not -> List.of(not.operand());
      case Expr.Clause clause -> List.of();
    };
    assertThat(why.children()).hasSameSizeAs(operands);
    for (int i = 0; i < operands.size(); i++) {
      assertConsistent(s, operands.get(i), why.children().get(i), id);
    }
  }
}
