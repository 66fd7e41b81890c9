package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Custom fields (LANGUAGE.md §4): checked against a shop's definitions when known, accepted otherwise. */
class ShopSchemaTest {
  private static final Query SHOP = Query.language().withSchema(ShopSchema.of(List.of(
      new MetafieldDefinition("loyalty", "points", "Points", MetafieldType.INTEGER),
      new MetafieldDefinition("facts", "wedding_day", "Wedding day", MetafieldType.DATE),
      new MetafieldDefinition("prefs", "newsletter", "Newsletter", MetafieldType.BOOLEAN),
      new MetafieldDefinition("prefs", "colours", "Colours", MetafieldType.STRING_LIST))));

  @Test
  void knownFieldsWithTheirTypesAreValid() {
    for (String query : List.of("metafields.loyalty.points > 5", "metafields.loyalty.points IS NULL",
        "metafields.facts.wedding_day BETWEEN -1y AND today", "metafields.prefs.newsletter = TRUE",
        "metafields.prefs.colours CONTAINS 'red'", "anniversary('metafields.facts.wedding_day') = today",
        "anniversary('metafields.facts.birth_date') = today")) {
      assertThat(SHOP.validate(query).diagnostics()).as(query).isEmpty();
    }
  }

  @Test
  void fieldsAreCheckedAgainstTheShop() {
    assertThat(render("metafields.loyalty.point > 5"))
        .isEqualTo("1:1 'metafields.loyalty.point' filter cannot be found. Did you mean 'metafields.loyalty.points'?");
    assertThat(render("metafields.loyalty.points > 1.5"))
        .isEqualTo("1:29 1.5 is not a valid value for metafields.loyalty.points. Use a whole number.");
    assertThat(render("metafields.prefs.newsletter = 'yes'"))
        .isEqualTo("1:31 'yes' is not a valid value for metafields.prefs.newsletter. Use TRUE or FALSE.");
    assertThat(render("metafields.prefs.colours = 'red'"))
        .isEqualTo("1:26 '=' cannot be used with metafields.prefs.colours. Use CONTAINS or NOT CONTAINS.");
    assertThat(render("anniversary('metafields.loyalty.points') = today")).isEqualTo("1:13 'metafields.loyalty.points' "
        + "is not a date attribute. Use 'birth_date' or a date custom field, such as 'metafields.facts.wedding_day'.");
  }

  @Test
  void withoutAShopAnySyntacticallyValidFieldIsAccepted() {
    for (String query : List.of("metafields.loyalty.point > 'x'", "metafields.a.b CONTAINS 1",
        "anniversary('metafields.x.y') = today")) {
      assertThat(Query.check(query).diagnostics()).as(query).isEmpty();
    }
  }

  private static String render(String query) {
    Validation validation = SHOP.validate(query);
    assertThat(validation.diagnostics()).as(query).hasSize(1);
    Diagnostic d = validation.diagnostics().get(0);
    return d.line() + ":" + d.column() + " " + d.message();
  }
}
