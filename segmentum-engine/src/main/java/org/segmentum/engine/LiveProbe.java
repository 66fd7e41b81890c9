package org.segmentum.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.segmentum.model.Customer;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.query.Cmp;
import org.segmentum.query.Expr;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Subject;
import org.segmentum.query.Test;
import org.segmentum.query.time.DateResolver;

/**
 * One clause of a live segment compiled for one shop-local day: whether it holds for one customer of a
 * {@link MutableStore}, with the semantics of the bitmap evaluator (the same intervals over the same
 * units). The filters that change often (order facts, tags, countries, subscription states, purchases,
 * orders) have their own code over the customer's facts and records; the others use the per-customer
 * evaluator. {@link #inputs} tells which kinds of change can alter the result.
 */
abstract sealed class LiveProbe {
  /** Kinds of change (bits) that can change a clause's truth for a customer. */
  static final int ORDERS = 1;
  static final int CHECKOUTS = 2;
  static final int EVENTS = 4;
  static final int CUSTOMER = 8;
  static final int PRODUCTS = 16;
  static final int DEFINITIONS = 32;

  /** Facts kept per customer, as {@link Fact#of} reads them. */
  static final int AMOUNT = 0;
  static final int COUNT = 1;
  static final int FIRST = 2;
  static final int LAST = 3;
  static final int ABANDONED = 4;
  static final int ADDED = 5;
  static final int APP = 6;

  /** Parts of the customer record (bits) that a customer-reading clause reads. */
  static final int TAGS = 1;
  static final int ADDRESSES = 2;
  static final int EMAIL_MARKETING = 4;
  static final int SMS_MARKETING = 8;
  static final int STATE = 16;
  static final int LANGUAGE = 32;
  static final int GROUP = 64;
  static final int CREATED = 128;
  static final int APP_ID = 256;
  static final int OTHER = 512;
  static final int ALL_FIELDS = -1;

  final int inputs;
  final int fields;

  LiveProbe(int inputs) {
    this(inputs, ALL_FIELDS);
  }

  LiveProbe(int inputs, int fields) {
    this.inputs = inputs;
    this.fields = fields;
  }

  /**
   * The parts of the record that differ between two versions of a customer; those no filter reads (names,
   * phone, note, tax exemption, update time) are left out.
   */
  static int changedFields(Customer a, Customer b) {
    int changed = 0;
    changed |= a.tags().equals(b.tags()) ? 0 : TAGS;
    changed |= a.addresses().equals(b.addresses()) ? 0 : ADDRESSES;
    changed |= a.emailMarketing() == b.emailMarketing() ? 0 : EMAIL_MARKETING;
    changed |= a.smsMarketing() == b.smsMarketing() ? 0 : SMS_MARKETING;
    changed |= a.state() == b.state() ? 0 : STATE;
    changed |= Objects.equals(a.language(), b.language()) ? 0 : LANGUAGE;
    changed |= Objects.equals(a.group(), b.group()) ? 0 : GROUP;
    changed |= a.createdAt().equals(b.createdAt()) ? 0 : CREATED;
    changed |= Objects.equals(a.createdByAppId(), b.createdByAppId()) ? 0 : APP_ID;
    boolean others = Objects.equals(a.email(), b.email()) && a.channels().equals(b.channels())
        && a.companyIds().equals(b.companyIds()) && Objects.equals(a.birthDate(), b.birthDate())
        && a.metafields().equals(b.metafields());
    return changed | (others ? 0 : OTHER);
  }

  abstract boolean test(ReferenceCustomer c);

  /** Whether a version of an order (null: none) can change the clause; true unless the clause reads no orders. */
  boolean reads(Order order) {
    return true;
  }

  /** Compiles a clause; {@code fallback} answers the filters without code of their own. */
  static LiveProbe of(Expr.Clause clause, DateResolver dates, MutableStore store, FallbackContext fallback) {
    if (!(clause.subject() instanceof Subject.Filter filter)) {
      return new Fallback(clause, CUSTOMER | DEFINITIONS, fallback);
    }
    Test test = clause.test();
    return switch (filter.name()) {
      case "amount_spent" -> new Fact(AMOUNT, number(test, Money.SCALE), test);
      case "number_of_orders" -> new Fact(COUNT, number(test, 0), test);
      case "created_by_app_id" -> new Fact(APP, number(test, 0), test);
      case "first_order_date" -> new Fact(FIRST, date(test, dates), test);
      case "last_order_date" -> new Fact(LAST, date(test, dates), test);
      case "abandoned_checkout_date" -> new Fact(ABANDONED, date(test, dates), test);
      case "customer_added_date" -> new Fact(ADDED, date(test, dates), test);
      case "customer_tags", "customer_countries" -> new Listed(filter.name().equals("customer_tags"), test);
      case "email_subscription_status", "sms_subscription_status", "customer_account_status", "customer_language",
           "customer_group" -> new Scalar(filter.name(), test);
      case "orders_placed" -> new OrdersPlaced((Test.Matches) test, dates);
      case "products_purchased" -> new Purchases((Test.Matches) test, dates, store);
      case "rfm_group", "predicted_spend_tier" -> new Fallback(clause, 0, fallback);
      default -> new Fallback(clause, inputsOf(filter.name()), fallback);
    };
  }

  private static int inputsOf(String filter) {
    if (filter.startsWith("metafields.")) {
      return CUSTOMER | DEFINITIONS;
    }
    return LiveShop.eventFilters().contains(filter) ? EVENTS : CUSTOMER;
  }

  private static Interval number(Test test, int scale) {
    return switch (test) {
      case Test.Compare compare -> Interval.compare(compare.op(), Literals.decimal(compare.value()), scale);
      case Test.Between between -> Interval.between(Literals.decimal(between.low()), Literals.decimal(between.high()),
          scale);
      case Test.IsNull isNull -> isNull.negated() ? Interval.ANY : Interval.NONE;
      default -> throw new EngineException("operator not valid for a number: " + test);
    };
  }

  private static Interval date(Test test, DateResolver dates) {
    return switch (test) {
      case Test.Compare compare -> Interval.of(dates.compare(compare.op(), Literals.date(compare.value())));
      case Test.Between between -> Interval.of(dates.between(Literals.date(between.low()),
          Literals.date(between.high())));
      case Test.IsNull isNull -> isNull.negated() ? Interval.ANY : Interval.NONE;
      default -> throw new EngineException("operator not valid for a date: " + test);
    };
  }

  /** A numeric or date fact in an interval; a missing value matches only {@code IS NULL}. */
  static final class Fact extends LiveProbe {
    final int fact;
    final Interval interval;
    final boolean missingMatches;

    Fact(int fact, Interval interval, Test test) {
      super(fact == ABANDONED ? CHECKOUTS : fact >= ADDED ? CUSTOMER : ORDERS,
          fact == ADDED ? CREATED : fact == APP ? APP_ID : 0);
      this.fact = fact;
      this.interval = interval;
      this.missingMatches = test instanceof Test.IsNull isNull && !isNull.negated();
    }

    boolean test(long value) {
      return value == LongColumn.MISSING ? missingMatches : interval.test(value);
    }

    @Override
    boolean test(ReferenceCustomer c) {
      return test(of(fact, c));
    }

    static long of(int fact, ReferenceCustomer c) {
      return switch (fact) {
        case AMOUNT -> c.amountUnits;
        case COUNT -> c.numberOfOrders;
        case FIRST -> c.firstOrderAt;
        case LAST -> c.lastOrderAt;
        case ABANDONED -> c.abandonedAt;
        case ADDED -> c.customer.createdAt().getEpochSecond();
        default -> c.customer.createdByAppId() == null ? LongColumn.MISSING : c.customer.createdByAppId();
      };
    }
  }

  /** {@code customer_tags} (case-insensitive) or {@code customer_countries}: CONTAINS or IS NULL. */
  static final class Listed extends LiveProbe {
    private final boolean tags;
    private final String key;
    private final boolean negated;

    Listed(boolean tags, Test test) {
      super(CUSTOMER, tags ? TAGS : ADDRESSES);
      this.tags = tags;
      switch (test) {
        case Test.Contains contains -> {
          String text = Literals.text(contains.value());
          this.key = tags ? text.toLowerCase(Locale.ROOT) : text;
          this.negated = contains.negated();
        }
        case Test.IsNull isNull -> {
          this.key = null;
          this.negated = isNull.negated();
        }
        default -> throw new EngineException("operator not valid for a list: " + test);
      }
    }

    @Override
    boolean test(ReferenceCustomer c) {
      String[] values = tags ? c.lowerTags() : c.countries();
      if (key == null) {
        return (values.length == 0) != negated;
      }
      boolean has = false;
      for (String value : values) {
        has |= value.equals(key);
      }
      return has != negated;
    }
  }

  /** A single-valued text attribute of the customer record: {@code =}, {@code !=}, IS NULL. */
  static final class Scalar extends LiveProbe {
    private final String filter;
    private final String value;
    private final boolean equal;
    private final boolean nullTest;

    Scalar(String filter, Test test) {
      super(CUSTOMER, switch (filter) {
        case "email_subscription_status" -> EMAIL_MARKETING;
        case "sms_subscription_status" -> SMS_MARKETING;
        case "customer_account_status" -> STATE;
        case "customer_language" -> LANGUAGE;
        default -> GROUP;
      });
      this.filter = filter;
      switch (test) {
        case Test.Compare compare -> {
          this.value = Literals.text(compare.value());
          this.equal = compare.op() == Cmp.EQ;
          this.nullTest = false;
        }
        case Test.IsNull isNull -> {
          this.value = null;
          this.equal = !isNull.negated();
          this.nullTest = true;
        }
        default -> throw new EngineException("operator not valid for a value: " + test);
      }
    }

    @Override
    boolean test(ReferenceCustomer c) {
      String actual = switch (filter) {
        case "email_subscription_status" -> c.customer.emailMarketing().name();
        case "sms_subscription_status" -> c.customer.smsMarketing().name();
        case "customer_account_status" -> c.customer.state().name();
        case "customer_language" -> c.customer.language();
        default -> c.customer.group();
      };
      if (nullTest) {
        return (actual == null) == equal;
      }
      return actual != null && actual.equals(value) == equal;
    }
  }

  /** {@code orders_placed MATCHES (...)} over the customer's orders, as {@link FunctionEvaluator} reads them. */
  static final class OrdersPlaced extends LiveProbe {
    private final RecordConditions c;
    private final KeyCondition location;
    private final KeyCondition app;
    private final StatusCondition status;
    private final boolean negated;

    OrdersPlaced(Test.Matches matches, DateResolver dates) {
      super(ORDERS);
      this.c = new RecordConditions(matches, dates);
      this.location = c.key("location_id");
      this.app = c.key("app_id");
      this.status = StatusCondition.of(c.params.get("status"));
      this.negated = matches.negated();
    }

    @Override
    boolean reads(Order order) {
      return order != null && selects(order);
    }

    private boolean selects(Order order) {
      byte code = order.isCancelled() ? OrderTable.CANCELLED : (byte) order.status().ordinal();
      return !order.test() && status.test(code)
          && (c.date == null || c.date.test(order.createdAt().getEpochSecond()))
          && (c.amount == null || c.amount.test(Money.units(order.netAmount())))
          && (location == null || location.test(order.locationId() == null ? LongColumn.MISSING : order.locationId()))
          && (app == null || app.test(order.appId() == null ? LongColumn.MISSING : order.appId()));
    }

    @Override
    boolean test(ReferenceCustomer customer) {
      long selected = 0;
      long amount = 0;
      for (Order order : customer.orders) {
        if (selects(order)) {
          selected++;
          amount += Money.units(order.netAmount());
        }
      }
      return c.aggregatesHold(selected, amount, 0) != negated;
    }
  }

  /**
   * {@code products_purchased MATCHES (...)} over the customer's counted orders; the products chosen by
   * id, tag and category are resolved when compiled (a product or category change compiles again).
   */
  static final class Purchases extends LiveProbe {
    private final RecordConditions c;
    /** Chosen products of the catalog, ascending ids. */
    private final long[] chosen;
    private final Set<Long> catalog;
    /** Whether a product missing from the catalog (no tags, no category) is chosen by the id condition alone. */
    private final boolean unknownByIdAlone;
    private final KeyCondition id;
    private final boolean negated;

    Purchases(Test.Matches matches, DateResolver dates, MutableStore store) {
      super(ORDERS | PRODUCTS);
      this.c = new RecordConditions(matches, dates);
      this.negated = matches.negated();
      this.id = c.key("id");
      ParamTest tagTest = c.params.get("tag");
      String tag = tagTest == null ? null
          : Literals.text(KeyCondition.values(tagTest).get(0)).toLowerCase(Locale.ROOT);
      ParamTest categoryTest = c.params.get("category");
      Set<Long> categories = categoryTest == null ? null
          : ProductTable.withDescendants(new HashSet<>(Literals.wholes(KeyCondition.values(categoryTest))),
              ProductTable.childrenOf(store.parents));
      this.unknownByIdAlone = tag == null && categories == null;
      this.catalog = store.products.keySet();
      long[] ids = new long[store.products.size()];
      int k = 0;
      for (Product product : store.products.values()) {
        boolean tagged = tag == null || product.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(tag));
        boolean inCategory = categories == null
            || (product.categoryId() != null && categories.contains(product.categoryId()));
        if ((id == null || id.test(product.id())) && tagged && inCategory) {
          ids[k++] = product.id();
        }
      }
      this.chosen = Arrays.copyOf(ids, k);
      Arrays.sort(chosen);
    }

    boolean chosen(long productId) {
      if (Arrays.binarySearch(chosen, productId) >= 0) {
        return true;
      }
      return unknownByIdAlone && (id == null || id.test(productId)) && !catalog.contains(productId);
    }

    @Override
    boolean reads(Order order) {
      if (order == null || !order.isCounted()
          || (c.date != null && !c.date.test(order.createdAt().getEpochSecond()))) {
        return false;
      }
      for (LineItem line : order.lineItems()) {
        if (chosen(line.productId())) {
          return true;
        }
      }
      return false;
    }

    @Override
    boolean test(ReferenceCustomer customer) {
      long orders = 0;
      long quantity = 0;
      for (Order order : customer.orders) {
        if (!order.isCounted() || (c.date != null && !c.date.test(order.createdAt().getEpochSecond()))) {
          continue;
        }
        boolean any = false;
        for (LineItem line : order.lineItems()) {
          if (chosen(line.productId()) && (c.quantity == null || c.quantity.test(line.quantity()))) {
            any = true;
            quantity += line.quantity();
          }
        }
        if (any) {
          orders++;
        }
      }
      return c.aggregatesHold(orders, 0, quantity) != negated;
    }
  }

  /** The per-customer evaluator for one clause. */
  static final class Fallback extends LiveProbe {
    private final Expr.Clause clause;
    private final FallbackContext context;
    private final boolean scores;

    Fallback(Expr.Clause clause, int inputs, FallbackContext context) {
      super(inputs);
      this.clause = clause;
      this.context = context;
      this.scores = clause.subject() instanceof Subject.Filter f
          && (f.name().equals("rfm_group") || f.name().equals("predicted_spend_tier"));
    }

    @Override
    boolean test(ReferenceCustomer c) {
      long id = c.customer.id();
      return context.predicate().holds(clause, c, scores ? context.scores().group(id) : RfmGroup.PROSPECTS,
          scores ? context.scores().tier(id) : SpendTier.LOW);
    }
  }

  /** What the per-customer evaluator needs: a predicate for the day and the scores. */
  record FallbackContext(CustomerPredicate predicate, ScoreBook scores) {
  }
}
