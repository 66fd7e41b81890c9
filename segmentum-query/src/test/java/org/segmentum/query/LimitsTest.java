package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits of LANGUAGE.md §7: documented defaults, configurable, reported with the configured numbers. */
class LimitsTest {
  private static final Query SMALL = Query.language().withLimits(new Limits(60, 2, 2, 3, 10, 5));

  @Test
  void defaultsAreThoseOfTheSpec() {
    assertThat(Limits.DEFAULTS).isEqualTo(new Limits(5000, 100, 32, 500, 255, 6000));
    assertThat(Query.language().limits()).isEqualTo(Limits.DEFAULTS);
  }

  @Test
  void everyLimitIsAtLeastOne() {
    assertThatThrownBy(() -> new Limits(0, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Limits(1, 1, 1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configuredLimitsAreEnforcedAndNamed() {
    assertThat(render("amount_spent > 1 OR amount_spent > 2 OR amount_spent > 3 OR x"))
        .isEqualTo("Line 1 Column 1: Query is too long (maximum is 60 characters)");
    assertThat(render("amount_spent > 1 OR amount_spent > 2 OR amount_spent > 3"))
        .isEqualTo("Line 1 Column 41: Too many clauses (maximum is 2)");
    assertThat(render("NOT (NOT amount_spent > 1)")).isEqualTo("Line 1 Column 6: Query is nested too deeply (maximum is 2)");
    assertThat(render("orders_placed MATCHES (app_id IN (1, 2, 3, 4))"))
        .isEqualTo("Line 1 Column 44: Too many values in list (maximum is 3)");
  }

  @Test
  void atTheLimitsAQueryIsValid() {
    assertThat(SMALL.validate("NOT (amount_spent > 1 OR amount_spent > 2)")).isInstanceOf(Validation.Valid.class);
    assertThat(SMALL.validate("orders_placed MATCHES (app_id IN (1, 2, 3))")).isInstanceOf(Validation.Valid.class);
  }

  private static String render(String query) {
    Validation validation = SMALL.validate(query);
    assertThat(validation.diagnostics()).hasSize(1);
    return validation.diagnostics().get(0).render();
  }
}
