package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.segmentum.model.Address;
import org.segmentum.model.Channel;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;
import org.segmentum.model.Store;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Expr;
import org.segmentum.query.Subject;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * The plain evaluator the engine is tested against: walks the query for each customer over model
 * objects, with BigDecimal money and calendar-date comparisons written directly from LANGUAGE.md,
 * sharing no evaluation code with the bitmap engine (only the RFM scoring, the haversine formula and
 * custom-field matching are common). Slow by design. Not thread-safe.
 */
public final class ReferenceEvaluator {
  private final ZoneId zone;
  private final Instant now;
  private final List<ReferenceCustomer> customers = new ArrayList<>();
  private final Map<Long, ReferenceCustomer> byId = new HashMap<>();
  private final Scores scores;
  private final ReferenceFunctions functions;
  private final ReferenceDates dates;

  /** Prepares the store for evaluation at {@code now}; scores are as of {@code scoresAsOf}. */
  public ReferenceEvaluator(Store store, Instant now, LocalDate scoresAsOf) {
    this.zone = store.shop().timezone();
    this.now = Objects.requireNonNull(now, "now");
    for (Customer customer : store.customers()) {
      ReferenceCustomer view = new ReferenceCustomer(customer);
      customers.add(view);
      byId.put(customer.id(), view);
    }
    for (Order order : store.orders()) {
      byId.get(order.customerId()).orders.add(order);
    }
    for (Checkout checkout : store.checkouts()) {
      byId.get(checkout.customerId()).checkouts.add(checkout);
    }
    for (Event event : store.events()) {
      byId.get(event.customerId()).events.add(event);
    }
    customers.forEach(ReferenceCustomer::derive);
    this.scores = Scores.compute(customers.stream().map(this::scoreInput).toArray(Scores.Input[]::new), scoresAsOf);
    this.dates = new ReferenceDates(zone, now);
    this.functions = new ReferenceFunctions(store, dates);
  }

  private Scores.Input scoreInput(ReferenceCustomer c) {
    return c.numberOfOrders == 0 ? new Scores.Input(0, 0, null, null)
        : new Scores.Input(c.numberOfOrders, Money.units(c.amountSpent), LocalDate.ofInstant(c.firstOrder, zone),
            LocalDate.ofInstant(c.lastOrder, zone));
  }

  /** The ids of the members, ascending. */
  public TreeSet<Long> members(CheckedQuery query) {
    TreeSet<Long> members = new TreeSet<>();
    for (int i = 0; i < customers.size(); i++) {
      if (holds(query.expr(), i)) {
        members.add(customers.get(i).customer.id());
      }
    }
    return members;
  }

  public Instant now() {
    return now;
  }

  private boolean holds(Expr expr, int i) {
    return switch (expr) {
      case Expr.Or or -> or.operands().stream().anyMatch(e -> holds(e, i));
      case Expr.And and -> and.operands().stream().allMatch(e -> holds(e, i));
      case Expr.Not not -> !holds(not.operand(), i);
      case Expr.Clause clause -> switch (clause.subject()) {
        case Subject.Anniversary anniversary -> dates.anniversary(anniversaryDate(anniversary.attribute(), i),
            clause.test());
        case Subject.Filter filter -> filter(filter.name(), clause.test(), i);
      };
    };
  }

  private LocalDate anniversaryDate(String attribute, int i) {
    Customer customer = customers.get(i).customer;
    if (attribute.equals("birth_date")) {
      return customer.birthDate();
    }
    return customer.metafields().get(attribute.substring("metafields.".length())) instanceof LocalDate d ? d : null;
  }

  private boolean filter(String name, Test test, int i) {
    ReferenceCustomer c = customers.get(i);
    Customer customer = c.customer;
    return switch (name) {
      case "amount_spent" -> number(c.amountSpent, test);
      case "number_of_orders" -> number(BigDecimal.valueOf(c.numberOfOrders), test);
      case "created_by_app_id" -> customer.createdByAppId() == null ? nullTest(true, test)
          : number(BigDecimal.valueOf(customer.createdByAppId()), test);
      case "first_order_date" -> dates.instant(c.firstOrder, test);
      case "last_order_date" -> dates.instant(c.lastOrder, test);
      case "abandoned_checkout_date" -> dates.instant(c.abandonedCheckout, test);
      case "customer_added_date" -> dates.instant(customer.createdAt(), test);
      case "customer_tags" -> list(customer.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(), test,
          v -> Literals.text(v).toLowerCase(Locale.ROOT));
      case "customer_countries" -> list(codes(customer, AddressCodes::country), test, Literals::text);
      case "customer_regions" -> list(codes(customer, AddressCodes::region), test, Literals::text);
      case "customer_cities" -> list(codes(customer, AddressCodes::city), test, Literals::text);
      case "subscribed_channels" -> list(customer.channels().stream().map(Channel::name).toList(), test, Literals::text);
      case "companies" -> list(customer.companyIds(), test, Literals::whole);
      case "customer_email_domain" -> scalar(SnapshotBuilder.emailDomain(customer.email()), test);
      case "customer_language" -> scalar(customer.language(), test);
      case "customer_group" -> scalar(customer.group(), test);
      case "email_subscription_status" -> scalar(customer.emailMarketing().name(), test);
      case "sms_subscription_status" -> scalar(customer.smsMarketing().name(), test);
      case "customer_account_status" -> scalar(customer.state().name(), test);
      case "rfm_group" -> scalar(scores.group(i).name(), test);
      case "predicted_spend_tier" -> scalar(scores.tier(i).name(), test);
      default -> name.startsWith("metafields.")
          ? new MetafieldMatcher(org.segmentum.query.time.DateResolver.at(now, zone))
              .test(customer.metafields().get(name.substring("metafields.".length())), test)
          : functions.matches(name, (Test.Matches) test, c);
    };
  }

  private static List<String> codes(Customer customer, java.util.function.Function<Address, String> code) {
    return customer.addresses().stream().map(code).filter(Objects::nonNull).distinct().toList();
  }

  private static boolean nullTest(boolean missing, Test test) {
    return test instanceof Test.IsNull isNull && missing != isNull.negated();
  }

  private static boolean number(BigDecimal actual, Test test) {
    return switch (test) {
      case Test.Compare compare -> ReferenceDates.ordered(actual.compareTo(Literals.decimal(compare.value())), compare.op());
      case Test.Between between -> actual.compareTo(Literals.decimal(between.low())) >= 0
          && actual.compareTo(Literals.decimal(between.high())) <= 0;
      case Test.IsNull isNull -> isNull.negated();
      default -> false;
    };
  }

  private static boolean scalar(String actual, Test test) {
    return switch (test) {
      case Test.Compare compare -> actual != null
          && ReferenceDates.equality(actual.equals(Literals.text(compare.value())), compare.op());
      case Test.IsNull isNull -> (actual == null) != isNull.negated();
      default -> false;
    };
  }

  private static <T> boolean list(List<T> values, Test test, java.util.function.Function<Value, T> literal) {
    return switch (test) {
      case Test.Contains contains -> values.contains(literal.apply(contains.value())) != contains.negated();
      case Test.IsNull isNull -> values.isEmpty() != isNull.negated();
      default -> false;
    };
  }

  /** For tests: a predicate over customer ids equivalent to the query. */
  Predicate<Long> asPredicate(CheckedQuery query) {
    TreeSet<Long> members = members(query);
    return members::contains;
  }
}
