package org.segmentum.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentum.query.MetafieldType;

/** Custom fields (metafields) of every type: comparisons, missing values, lists and their emptiness. */
class EdgeCaseCustomFieldsTest extends EdgeCaseSupport {

  private Segments fields() {
    TinyShop shop = new TinyShop("Asia/Tokyo");
    shop.definition("loyalty", "points", MetafieldType.INTEGER)
        .definition("loyalty", "ratio", MetafieldType.DECIMAL)
        .definition("loyalty", "level", MetafieldType.STRING)
        .definition("facts", "wedding", MetafieldType.DATE)
        .definition("prefs", "newsletter", MetafieldType.BOOLEAN)
        .definition("prefs", "sizes", MetafieldType.INTEGER_LIST)
        .definition("prefs", "weights", MetafieldType.DECIMAL_LIST)
        .definition("prefs", "colors", MetafieldType.STRING_LIST);
    shop.customer(1).metafield("loyalty.points", 100L).metafield("loyalty.ratio", new BigDecimal("0.50"))
        .metafield("loyalty.level", "gold").metafield("facts.wedding", LocalDate.parse("2020-06-15"))
        .metafield("prefs.newsletter", true).metafield("prefs.sizes", List.of(38L, 40L))
        .metafield("prefs.weights", List.of(new BigDecimal("1.5"), new BigDecimal("2.25")))
        .metafield("prefs.colors", List.of("red", "Blue"));
    shop.customer(2).metafield("loyalty.points", 5L).metafield("loyalty.ratio", new BigDecimal("1.25"))
        .metafield("loyalty.level", "Gold").metafield("facts.wedding", LocalDate.parse("2026-03-01"))
        .metafield("prefs.newsletter", false).metafield("prefs.sizes", List.of())
        .metafield("prefs.colors", List.of("blue"));
    shop.customer(3);
    shop.customer(4).metafield("loyalty.points", -3L).metafield("loyalty.level", "")
        .metafield("prefs.sizes", List.of(40L));
    return load(shop, "2026-03-10T08:00");
  }

  @Test
  void numbers() {
    Segments s = fields();

    assertThat(s.members("metafields.loyalty.points >= 100")).containsExactly(1L);
    assertThat(s.members("metafields.loyalty.points < 10")).containsExactly(2L, 4L);
    assertThat(s.members("metafields.loyalty.points != 5")).containsExactly(1L, 4L);
    assertThat(s.members("NOT metafields.loyalty.points = 5")).containsExactly(1L, 3L, 4L);
    assertThat(s.members("metafields.loyalty.points BETWEEN -5 AND 5")).containsExactly(2L, 4L);
    assertThat(s.members("metafields.loyalty.points IS NULL")).containsExactly(3L);
    assertThat(s.members("metafields.loyalty.ratio = 0.5")).containsExactly(1L);
    assertThat(s.members("metafields.loyalty.ratio > 1")).containsExactly(2L);
    assertThat(s.members("metafields.loyalty.ratio <= 1.25")).containsExactly(1L, 2L);
    assertThat(s.members("metafields.loyalty.ratio IS NOT NULL")).containsExactly(1L, 2L);
  }

  @Test
  void stringsDatesAndBooleans() {
    Segments s = fields();

    assertThat(s.members("metafields.loyalty.level = 'gold'")).containsExactly(1L);
    assertThat(s.members("metafields.loyalty.level != 'gold'")).containsExactly(2L, 4L);
    assertThat(s.members("metafields.loyalty.level = ''")).containsExactly(4L);
    assertThat(s.members("metafields.loyalty.level IS NULL")).containsExactly(3L);
    assertThat(s.members("metafields.facts.wedding = 2020-06-15")).containsExactly(1L);
    assertThat(s.members("metafields.facts.wedding >= -30d")).containsExactly(2L);
    assertThat(s.members("metafields.facts.wedding BETWEEN 2020-01-01 AND 2020-12-31")).containsExactly(1L);
    assertThat(s.members("metafields.facts.wedding != 2020-06-15")).containsExactly(2L);
    assertThat(s.members("metafields.facts.wedding < 2026-03-01")).containsExactly(1L);
    assertThat(s.members("metafields.facts.wedding <= 2026-03-01")).containsExactly(1L, 2L);
    assertThat(s.members("metafields.facts.wedding > 2026-03-01")).isEmpty();
    assertThat(s.members("metafields.facts.wedding IS NULL")).containsExactly(3L, 4L);
    assertThat(s.members("metafields.prefs.newsletter = true")).containsExactly(1L);
    assertThat(s.members("metafields.prefs.newsletter = false")).containsExactly(2L);
    assertThat(s.members("metafields.prefs.newsletter != true")).containsExactly(2L);
    assertThat(s.members("metafields.prefs.newsletter IS NULL")).containsExactly(3L, 4L);
  }

  @Test
  void listsContainCaseSensitivelyAndEmptyListsAreNull() {
    Segments s = fields();

    assertThat(s.members("metafields.prefs.sizes CONTAINS 40")).containsExactly(1L, 4L);
    assertThat(s.members("metafields.prefs.sizes NOT CONTAINS 40")).containsExactly(2L, 3L);
    assertThat(s.members("metafields.prefs.sizes IS NULL")).containsExactly(2L, 3L);
    assertThat(s.members("metafields.prefs.sizes IS NOT NULL")).containsExactly(1L, 4L);
    assertThat(s.members("metafields.prefs.weights CONTAINS 2.25")).containsExactly(1L);
    assertThat(s.members("metafields.prefs.weights CONTAINS 1.50")).containsExactly(1L);
    assertThat(s.members("metafields.prefs.weights CONTAINS 2")).isEmpty();
    assertThat(s.members("metafields.prefs.colors CONTAINS 'blue'")).containsExactly(2L);
    assertThat(s.members("metafields.prefs.colors CONTAINS 'Blue'")).containsExactly(1L);
    assertThat(s.members("metafields.prefs.colors NOT CONTAINS 'red'")).containsExactly(2L, 3L, 4L);
  }
}
