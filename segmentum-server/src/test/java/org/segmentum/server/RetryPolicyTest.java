package org.segmentum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void waitsDoubleFromOneSecondUpToAnHour() {
    assertThat(RetryPolicy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(RetryPolicy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(RetryPolicy.delayAfter(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(RetryPolicy.delayAfter(12)).isEqualTo(Duration.ofSeconds(2048));
    assertThat(RetryPolicy.delayAfter(13)).isEqualTo(Duration.ofHours(1));
    assertThat(RetryPolicy.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void anEventIsGivenUpOnlyAfterFailingForADay() {
    Instant first = Instant.parse("2026-03-10T15:00:00Z");
    assertThat(RetryPolicy.givesUp(first, first)).isFalse();
    assertThat(RetryPolicy.givesUp(first, first.plus(Duration.ofHours(24)).minusMillis(1))).isFalse();
    assertThat(RetryPolicy.givesUp(first, first.plus(Duration.ofHours(24)))).isTrue();
  }
}
