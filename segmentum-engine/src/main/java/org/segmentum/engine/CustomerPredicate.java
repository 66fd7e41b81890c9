package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.segmentum.model.Address;
import org.segmentum.model.Channel;
import org.segmentum.model.Customer;
import org.segmentum.query.Expr;
import org.segmentum.query.Subject;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/**
 * Whether a query holds for one customer, computed the plain way from the customer's model objects
 * (LANGUAGE.md written out clause by clause). Used by the reference evaluator for whole shops and by
 * live segments for the customers a change touches. Not thread-safe.
 */
final class CustomerPredicate {
  private final ReferenceDates dates;
  private final ReferenceFunctions functions;
  private final MetafieldMatcher metafields;

  CustomerPredicate(ZoneId zone, Instant now, ReferenceFunctions functions) {
    this.dates = new ReferenceDates(zone, now);
    this.functions = functions.at(dates);
    this.metafields = new MetafieldMatcher(org.segmentum.query.time.DateResolver.at(now, zone));
  }

  boolean holds(Expr expr, ReferenceCustomer c, RfmGroup group, SpendTier tier) {
    return switch (expr) {
      case Expr.Or or -> or.operands().stream().anyMatch(e -> holds(e, c, group, tier));
      case Expr.And and -> and.operands().stream().allMatch(e -> holds(e, c, group, tier));
      case Expr.Not not -> !holds(not.operand(), c, group, tier);
      case Expr.Clause clause -> switch (clause.subject()) {
        case Subject.Anniversary anniversary -> dates.anniversary(anniversaryDate(anniversary.attribute(), c),
            clause.test());
        case Subject.Filter filter -> filter(filter.name(), clause.test(), c, group, tier);
      };
    };
  }

  private LocalDate anniversaryDate(String attribute, ReferenceCustomer c) {
    Customer customer = c.customer;
    if (attribute.equals("birth_date")) {
      return customer.birthDate();
    }
    return customer.metafields().get(attribute.substring("metafields.".length())) instanceof LocalDate d ? d : null;
  }

  private boolean filter(String name, Test test, ReferenceCustomer c, RfmGroup group, SpendTier tier) {
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
      case "rfm_group" -> scalar(group.name(), test);
      case "predicted_spend_tier" -> scalar(tier.name(), test);
      default -> name.startsWith("metafields.")
          ? metafields.test(customer.metafields().get(name.substring("metafields.".length())), test)
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

}
