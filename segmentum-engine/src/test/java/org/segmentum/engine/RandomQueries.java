package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.segmentum.query.Cmp;
import org.segmentum.query.Expr;
import org.segmentum.query.Param;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Span;
import org.segmentum.query.Subject;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/** Seeded random valid queries whose constants are drawn from the values {@link RandomShop} uses. */
final class RandomQueries {
  private static final String[] DATE_FILTERS = {"first_order_date", "last_order_date", "abandoned_checkout_date",
      "customer_added_date"};
  private static final String[] EVENTS = {"shopify_email.opened", "shopify_email.clicked", "shopify_email.delivered",
      "shopify_email.bounced", "shopify_email.marked_as_spam", "shopify_email.unsubscribed",
      "storefront.product_viewed", "storefront.collection_viewed"};
  private static final String[] RFM = {"CHAMPIONS", "LOYAL", "ACTIVE", "NEW", "PROMISING", "NEEDS_ATTENTION",
      "AT_RISK", "ALMOST_LOST", "PREVIOUSLY_LOYAL", "DORMANT", "PROSPECTS"};
  private static final String[] MARKETING = {"SUBSCRIBED", "NOT_SUBSCRIBED", "PENDING", "UNSUBSCRIBED", "INVALID",
      "REDACTED"};

  private final SplittableRandom random;
  private final LocalDate today;
  private final ZoneId zone;
  /** Instants that occur in the shop's records, so that date literals often hit them exactly. */
  private final List<java.time.Instant> instants = new ArrayList<>();

  RandomQueries(SplittableRandom random, java.time.Instant now, ZoneId zone) {
    this(random, now, zone, null);
  }

  RandomQueries(SplittableRandom random, java.time.Instant now, ZoneId zone, org.segmentum.model.Store store) {
    this.random = random;
    this.today = LocalDate.ofInstant(now, zone);
    this.zone = zone;
    if (store != null) {
      store.orders().forEach(o -> instants.add(o.createdAt()));
      store.events().forEach(e -> instants.add(e.occurredAt()));
      store.checkouts().forEach(c -> instants.add(c.createdAt()));
      store.customers().forEach(c -> instants.add(c.createdAt()));
    }
  }

  Expr expr(int depth) {
    int roll = random.nextInt(10);
    if (depth <= 0 || roll < 5) {
      return clause();
    }
    if (roll == 5) {
      return new Expr.Not(expr(depth - 1), Span.NONE);
    }
    List<Expr> operands = new ArrayList<>();
    boolean and = roll < 8;
    for (int k = 2 + random.nextInt(2); k > 0; k--) {
      Expr operand = expr(depth - 1);
      if (and && operand instanceof Expr.And inner) {
        operands.addAll(inner.operands());
      } else if (!and && operand instanceof Expr.Or inner) {
        operands.addAll(inner.operands());
      } else {
        operands.add(operand);
      }
    }
    return and ? new Expr.And(operands, Span.NONE) : new Expr.Or(operands, Span.NONE);
  }

  Expr.Clause clause() {
    return switch (random.nextInt(16)) {
      case 0 -> attribute("amount_spent", numberTest(true, 0, 25, 45.5, 50, 100, 149.99));
      case 1 -> attribute("number_of_orders", numberTest(false, 0, 1, 2, 3, 5));
      case 2 -> attribute(pick(DATE_FILTERS), dateTest(true));
      case 3 -> attribute("customer_tags", listTest(text(pick(RandomShop.TAGS)), text("nope")));
      case 4 -> switch (random.nextInt(3)) {
        case 0 -> attribute("customer_countries", listTest(text("US"), text("GB"), text("JP")));
        case 1 -> attribute("customer_regions", listTest(text("US-NY"), text("GB-ENG"), text("BG-SOF")));
        default -> attribute("customer_cities", listTest(text("US-NY-NewYorkCity"), text("BG--Sofia"),
            text("JP-CA-東京"), text("GB-ENG-SaintDenis")));
      };
      case 5 -> attribute("subscribed_channels", listTest(text("EMAIL"), text("SMS"), text("VIBER")));
      case 6 -> attribute("companies", listTest(whole(7), whole(8)));
      case 7 -> attribute(pick(new String[] {"customer_email_domain", "customer_language", "customer_group"}),
          scalarTest(true, text("example.com"), text("mail.bg"), text("Mail.BG"), text("en"), text("fr-CA"),
              text("Wholesale"), text("")));
      case 8 -> enumClause();
      case 9 -> attribute("created_by_app_id", random.nextInt(4) == 0 ? new Test.IsNull(random.nextBoolean())
          : new Test.Compare(random.nextBoolean() ? Cmp.EQ : Cmp.NE, whole(random.nextInt(3))));
      case 10 -> metafield();
      case 11 -> anniversary();
      case 12 -> function("orders_placed", ordersParams());
      case 13 -> function("products_purchased", productParams());
      case 14 -> function(pick(EVENTS), eventParams());
      default -> function("customer_within_distance", List.of(
          Param.of("coordinates", new Test.Compare(Cmp.EQ, new Value.Tuple(List.of(decimal(42.5), decimal(23.5)),
              Span.NONE))),
          Param.of(random.nextBoolean() ? "distance_km" : "distance_mi", new Test.Compare(Cmp.EQ,
              whole(random.nextInt(250))))));
    };
  }

  private Expr.Clause enumClause() {
    return switch (random.nextInt(5)) {
      case 0 -> attribute("email_subscription_status", scalarTest(false, text(pick(MARKETING))));
      case 1 -> attribute("sms_subscription_status", scalarTest(false, text(pick(MARKETING).replace("INVALID", "PENDING"))));
      case 2 -> attribute("customer_account_status", scalarTest(false, text("ENABLED"), text("DISABLED"), text("INVITED")));
      case 3 -> attribute("rfm_group", scalarTest(false, text(pick(RFM))));
      default -> attribute("predicted_spend_tier", scalarTest(false, text("HIGH"), text("MEDIUM"), text("LOW")));
    };
  }

  private Expr.Clause metafield() {
    return switch (random.nextInt(4)) {
      case 0 -> attribute("metafields.loyalty.points", numberTest(false, 0, 50, 100, 150));
      case 1 -> attribute("metafields.facts.wedding", dateTest(true));
      case 2 -> attribute("metafields.prefs.colors", listTest(text("red"), text("blue")));
      default -> attribute("metafields.loyalty.points", new Test.IsNull(random.nextBoolean()));
    };
  }

  private Expr.Clause anniversary() {
    String attribute = random.nextBoolean() ? "birth_date" : "metafields.facts.wedding";
    Test test = switch (random.nextInt(4)) {
      case 0 -> new Test.Compare(random.nextBoolean() ? Cmp.EQ : Cmp.NE, dateValue());
      case 1 -> new Test.IsNull(random.nextBoolean());
      default -> new Test.Between(random.nextBoolean() ? named(Value.NamedDay.TODAY) : offset(-random.nextInt(40)),
          offset(random.nextInt(400)));
    };
    return Expr.Clause.of(Subject.Anniversary.of(attribute), test);
  }

  private List<Param> ordersParams() {
    List<Param> params = new ArrayList<>();
    maybe(params, "date", () -> paramDate());
    maybe(params, "amount", () -> paramNumber(true, 0, 20, 25, 45));
    maybe(params, "sum_amount", () -> paramNumber(true, 0, 50, 100));
    maybe(params, "count", () -> paramNumber(false, 0, 1, 2, 3));
    maybe(params, "location_id", () -> keyTest(0, 1, 2));
    maybe(params, "app_id", () -> keyTest(0, 1, 2));
    maybe(params, "status", () -> statusTest());
    return params;
  }

  private List<Param> productParams() {
    List<Param> params = new ArrayList<>();
    maybe(params, "id", () -> keyTest(1, 2, 3, 9));
    maybe(params, "tag", () -> new Test.Compare(Cmp.EQ, text(pick(RandomShop.TAGS))));
    maybe(params, "category", () -> random.nextBoolean() ? new Test.Compare(Cmp.EQ, whole(1 + random.nextInt(5)))
        : new ParamTest.In(false, List.of(whole(2), whole(4))));
    maybe(params, "date", () -> paramDate());
    maybe(params, "quantity", () -> paramNumber(false, 1, 2, 3));
    maybe(params, "sum_quantity", () -> paramNumber(false, 0, 2, 4, 6));
    maybe(params, "count", () -> paramNumber(false, 0, 1, 2));
    return params;
  }

  private List<Param> eventParams() {
    List<Param> params = new ArrayList<>();
    maybe(params, "date", () -> paramDate());
    maybe(params, "count", () -> paramNumber(false, 0, 1, 2));
    return params;
  }

  private void maybe(List<Param> params, String name, java.util.function.Supplier<ParamTest> test) {
    if (random.nextInt(3) == 0) {
      params.add(Param.of(name, test.get()));
    }
  }

  private Expr.Clause function(String name, List<Param> params) {
    List<Param> all = new ArrayList<>(params);
    if (name.startsWith("shopify_email.") && random.nextBoolean()) {
      all.add(Param.of("activity_id", keyTest(1, 2, 3)));
    } else if (name.startsWith("storefront.") && random.nextBoolean()) {
      all.add(Param.of("id", keyTest(1, 2, 3)));
    }
    return Expr.Clause.of(Subject.Filter.of(name), new Test.Matches(random.nextInt(4) == 0, all));
  }

  private ParamTest keyTest(long... ids) {
    return switch (random.nextInt(3)) {
      case 0 -> new Test.Compare(Cmp.EQ, whole(ids[random.nextInt(ids.length)]));
      case 1 -> new ParamTest.In(false, List.of(whole(ids[0]), whole(ids[ids.length - 1])));
      default -> new ParamTest.In(true, List.of(whole(ids[random.nextInt(ids.length)])));
    };
  }

  private ParamTest statusTest() {
    String[] statuses = {"OPEN", "PAID", "FULFILLED", "CANCELLED", "REFUNDED"};
    return switch (random.nextInt(3)) {
      case 0 -> new Test.Compare(random.nextBoolean() ? Cmp.EQ : Cmp.NE, text(pick(statuses)));
      case 1 -> new ParamTest.In(false, List.of(text(pick(statuses)), text(pick(statuses))));
      default -> new ParamTest.In(true, List.of(text(pick(statuses))));
    };
  }

  private ParamTest paramDate() {
    return random.nextInt(4) == 0 ? new Test.Between(dateValue(), dateValue())
        : new Test.Compare(pick(Cmp.values()), dateValue());
  }

  private ParamTest paramNumber(boolean decimal, double... choices) {
    return random.nextInt(4) == 0 ? new Test.Between(number(decimal, choices), number(decimal, choices))
        : new Test.Compare(pick(Cmp.values()), number(decimal, choices));
  }

  private Test numberTest(boolean decimal, double... choices) {
    return (Test) paramNumber(decimal, choices);
  }

  private Test dateTest(boolean nullable) {
    if (nullable && random.nextInt(6) == 0) {
      return new Test.IsNull(random.nextBoolean());
    }
    return (Test) paramDate();
  }

  private Test listTest(Value... values) {
    return random.nextInt(5) == 0 ? new Test.IsNull(random.nextBoolean())
        : new Test.Contains(random.nextBoolean(), values[random.nextInt(values.length)]);
  }

  private Test scalarTest(boolean nullable, Value... values) {
    if (nullable && random.nextInt(5) == 0) {
      return new Test.IsNull(random.nextBoolean());
    }
    return new Test.Compare(random.nextBoolean() ? Cmp.EQ : Cmp.NE, values[random.nextInt(values.length)]);
  }

  private Value number(boolean decimal, double... choices) {
    double choice = choices[random.nextInt(choices.length)];
    if (decimal && random.nextBoolean()) {
      return decimal(choice);
    }
    return whole((long) choice);
  }

  private Value dateValue() {
    if (!instants.isEmpty() && random.nextInt(3) == 0) {
      java.time.Instant at = instants.get(random.nextInt(instants.size()));
      LocalDateTime local = LocalDateTime.ofInstant(at, zone);
      return switch (random.nextInt(3)) {
        case 0 -> new Value.CalendarDate(local.toLocalDate(), Span.NONE);
        case 1 -> new Value.DateTime(local.withNano(0), Span.NONE);
        default -> new Value.DateTime(local.withNano(0).plusSeconds(random.nextInt(3) - 1), Span.NONE);
      };
    }
    return switch (random.nextInt(8)) {
      case 0 -> named(random.nextBoolean() ? Value.NamedDay.TODAY : Value.NamedDay.YESTERDAY);
      case 1 -> new Value.DateOffset(-random.nextInt(30), Value.DateUnit.WEEK, Span.NONE);
      case 2 -> new Value.DateOffset(-random.nextInt(30), Value.DateUnit.MONTH, Span.NONE);
      case 3 -> new Value.DateOffset(-random.nextInt(3), Value.DateUnit.YEAR, Span.NONE);
      case 4 -> new Value.CalendarDate(today.minusDays(random.nextInt(800)), Span.NONE);
      case 5 -> new Value.DateTime(LocalDateTime.of(today.minusDays(random.nextInt(800)),
          java.time.LocalTime.of(random.nextInt(24), 0, random.nextInt(2) * 59)), Span.NONE);
      default -> offset(-random.nextInt(800));
    };
  }

  private static Value offset(int days) {
    return new Value.DateOffset(days, Value.DateUnit.DAY, Span.NONE);
  }

  private static Value named(Value.NamedDay day) {
    return new Value.NamedDate(day, Span.NONE);
  }

  private static Expr.Clause attribute(String name, Test test) {
    return Expr.Clause.of(Subject.Filter.of(name), test);
  }

  private static Value text(String text) {
    return new Value.Text(text, Span.NONE);
  }

  private static Value whole(long value) {
    return new Value.Whole(value, Span.NONE);
  }

  private static Value decimal(double value) {
    return new Value.Decimal(BigDecimal.valueOf(value), Span.NONE);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
