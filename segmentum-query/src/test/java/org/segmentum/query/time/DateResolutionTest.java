package org.segmentum.query.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;
import org.segmentum.query.Test;
import org.segmentum.query.Validation;
import org.segmentum.query.Value;

/** Resolves every date form with every operator against the hand-worked table dates/resolution.table. */
class DateResolutionTest {
  private static final String OUTSIDE = "outside ";

  @ParameterizedTest(name = "{0} at {1}: {2}")
  @CsvFileSource(resources = "/dates/resolution.table", delimiter = '|')
  void resolvesAsWorkedOutByHand(String zone, String now, String condition, String expected) {
    DateResolver resolver = DateResolver.at(OffsetDateTime.parse(now).toInstant(), ZoneId.of(zone));
    TimeCondition actual = switch (test(condition)) {
      case Test.Compare compare -> resolver.compare(compare.op(), (Value.DateValue) compare.value());
      case Test.Between between ->
          resolver.between((Value.DateValue) between.low(), (Value.DateValue) between.high());
      default -> throw new IllegalArgumentException("not a date comparison: " + condition);
    };
    boolean outside = expected.startsWith(OUTSIDE);
    String[] bounds = expected.substring(outside ? OUTSIDE.length() : 0).split(" / ");
    SecondRange range = new SecondRange(bound(bounds[0], Long.MIN_VALUE), bound(bounds[1], Long.MAX_VALUE));
    assertThat(actual).as("%s in %s at %s", condition, zone, now).isEqualTo(new TimeCondition(range, outside));
    assertEdges(actual, range, outside);
  }

  /** The instants on either side of each finite bound are in or out as the range says. */
  private static void assertEdges(TimeCondition condition, SecondRange range, boolean outside) {
    if (range.isEmpty()) {
      assertThat(condition.test(range.from())).isEqualTo(outside);
      return;
    }
    if (range.from() != Long.MIN_VALUE) {
      assertThat(condition.test(range.from() - 1)).isEqualTo(outside);
      assertThat(condition.test(range.from())).isNotEqualTo(outside);
    }
    if (range.to() != Long.MAX_VALUE) {
      assertThat(condition.test(range.to() - 1)).isNotEqualTo(outside);
      assertThat(condition.test(range.to())).isEqualTo(outside);
    }
  }

  private static long bound(String text, long open) {
    return text.equals("*") ? open : OffsetDateTime.parse(text).toEpochSecond();
  }

  /** The test of {@code last_order_date <condition>}, parsed by the language itself. */
  private static Test test(String condition) {
    Validation validation = Query.check("last_order_date " + condition);
    assertThat(validation.diagnostics()).as(condition).isEmpty();
    Expr expr = ((Validation.Valid) validation).query().expr();
    return ((Expr.Clause) expr).test();
  }

  @org.junit.jupiter.api.Test
  void todayIsTheShopLocalDateOfNow() {
    Instant now = Instant.parse("2026-03-31T15:30:00Z");
    assertThat(DateResolver.at(now, ZoneId.of("Asia/Tokyo")).today()).hasToString("2026-04-01");
    assertThat(DateResolver.at(now, ZoneId.of("America/New_York")).today()).hasToString("2026-03-31");
    assertThat(DateResolver.at(now, ZoneId.of("Pacific/Auckland")).today()).hasToString("2026-04-01");
  }
}
