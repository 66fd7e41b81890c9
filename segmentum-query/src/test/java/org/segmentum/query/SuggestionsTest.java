package org.segmentum.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest candidate by edit distance, only when it is close. */
class SuggestionsTest {
  private static final List<String> FILTERS = List.copyOf(FilterCatalog.standard().filters().keySet());

  @Test
  void distanceCountsEditsAndTranspositions() {
    assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("medium", "meduim", 3)).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc", 3)).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same", 1)).isZero();
  }

  @Test
  void distanceStopsAboveTheLimit() {
    assertThat(Suggestions.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    assertThat(Suggestions.distance("a", "abcdef", 2)).isEqualTo(3);
  }

  @Test
  void suggestsCloseNames() {
    assertThat(Suggestions.closest("amout_spent", FILTERS)).contains("amount_spent");
    assertThat(Suggestions.closest("customer_tag", FILTERS)).contains("customer_tags");
    assertThat(Suggestions.closest("AMOUNT_SPENT", FILTERS)).contains("amount_spent");
    assertThat(Suggestions.closest("shopify_email.open", FILTERS)).contains("shopify_email.opened");
  }

  @Test
  void allowsAboutOneEditPerThreeLettersUpToThree() {
    assertThat(Suggestions.closest("ab", List.of("xy", "ac"))).contains("ac");
    assertThat(Suggestions.closest("abcdef", List.of("abxyzf"))).isEmpty();
    assertThat(Suggestions.closest("abcdef", List.of("abcxyf"))).contains("abcxyf");
    assertThat(Suggestions.closest("abcdefghijklmnop", List.of("abcdefghijklmxyz"))).contains("abcdefghijklmxyz");
    assertThat(Suggestions.closest("abcdefghijklmnop", List.of("abcdefghijklwxyz"))).isEmpty();
  }

  @Test
  void prefersTheClosestAndSaysNothingWhenFar() {
    assertThat(Suggestions.closest("orders_place", FILTERS)).contains("orders_placed");
    assertThat(Suggestions.closest("foo", FILTERS)).isEmpty();
    assertThat(Suggestions.closest("", FILTERS)).isEmpty();
    assertThat(Suggestions.closest("a".repeat(65), List.of("a".repeat(65)))).isEmpty();
  }
}
