package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SharedValues} always hands out a value equal to the one asked for, shared when it can be. */
class SharedValuesTest {
  @Test
  void sharesEqualStrings() {
    SharedValues shared = new SharedValues(15);
    char[] text = "Sofia Sofia Varna".toCharArray();

    String first = shared.string(text, 0, 5);

    assertThat(first).isEqualTo("Sofia");
    assertThat(shared.string(text, 6, 5)).isSameAs(first);
    assertThat(shared.string(text, 12, 5)).isEqualTo("Varna");
    assertThat(shared.string(text, 0, 0)).isEmpty();
  }

  @Test
  void sharesEqualIdsAndLineItems() {
    SharedValues shared = new SharedValues(15);
    Long app = shared.id(502);
    LineItem item = shared.lineItem(7, 2, new BigDecimal("9.99"));

    assertThat(shared.id(502)).isSameAs(app).isEqualTo(502L);
    assertThat(shared.lineItem(7, 2, new BigDecimal("9.99"))).isSameAs(item);
    assertThat(shared.lineItem(7, 2, new BigDecimal("9.990"))).isEqualTo(new LineItem(7, 2, new BigDecimal("9.990")));
    assertThat(shared.lineItem(7, 2, null)).isEqualTo(new LineItem(7, 2, null));
    assertThat(shared.lineItem(7, 3, new BigDecimal("9.99"))).isEqualTo(new LineItem(7, 3, new BigDecimal("9.99")));
  }

  @Test
  void handsOutEqualValuesWhateverCollides() {
    SharedValues shared = new SharedValues(2);
    Random random = new Random(7);
    for (int i = 0; i < 200_000; i++) {
      long product = random.nextInt(100_000);
      long quantity = random.nextInt(4) - 1;
      BigDecimal price = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(2_000), random.nextInt(3));
      assertThat(shared.lineItem(product, quantity, price)).isEqualTo(new LineItem(product, quantity, price));
      long id = random.nextLong(1L << 40);
      assertThat(shared.id(id)).isEqualTo(id);
      String text = Long.toString(random.nextLong(), 36);
      assertThat(shared.string(text.toCharArray(), 0, text.length())).isEqualTo(text);
    }
  }
}
