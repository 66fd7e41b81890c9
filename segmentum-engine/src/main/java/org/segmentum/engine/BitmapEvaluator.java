package org.segmentum.engine;

import java.util.Locale;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.query.Cmp;
import org.segmentum.query.Expr;
import org.segmentum.query.Query;
import org.segmentum.query.Subject;
import org.segmentum.query.Test;
import org.segmentum.query.time.DateResolver;

/**
 * Evaluates a checked query over a snapshot as bitmap algebra: each clause becomes the bitmap of the
 * customers it holds for (from an inverted index or a column scan), AND / OR are intersections and
 * unions, NOT is the complement within the customers considered. With a universe, only those
 * customers are considered (used for "why" and incremental updates); the result is a subset of it.
 */
final class BitmapEvaluator {
  private final Snapshot snapshot;
  private final DateResolver dates;
  private final FunctionEvaluator functions;
  private final RoaringBitmap universe;

  BitmapEvaluator(Snapshot snapshot, DateResolver dates, RoaringBitmap universe) {
    this.snapshot = snapshot;
    this.dates = dates;
    this.functions = new FunctionEvaluator(snapshot, dates);
    this.universe = universe;
  }

  /**
   * The customers for whom the expression holds. Bitmaps handed around here are never changed in place
   * (they may be cached or belong to an index): every operation makes a new one.
   */
  RoaringBitmap evaluate(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> {
        RoaringBitmap[] operands = or.operands().stream().map(this::evaluate).toArray(RoaringBitmap[]::new);
        yield FastAggregation.or(operands);
      }
      case Expr.And and -> {
        // Operands are evaluated until one is empty; one intersection of all of them then allocates once.
        RoaringBitmap[] operands = new RoaringBitmap[and.operands().size()];
        for (int i = 0; i < operands.length; i++) {
          operands[i] = evaluate(and.operands().get(i));
          if (operands[i].isEmpty()) {
            yield new RoaringBitmap();
          }
        }
        yield FastAggregation.and(operands);
      }
      case Expr.Not not -> complement(evaluate(not.operand()));
      case Expr.Clause clause -> universe == null
          ? snapshot.cache.get(dates.today() + "|" + Query.print(clause), () -> clause(clause))
          : restrict(clause(clause));
    };
  }

  private RoaringBitmap scope() {
    return universe == null ? snapshot.allShared() : universe;
  }

  private RoaringBitmap complement(RoaringBitmap bitmap) {
    return RoaringBitmap.andNot(scope(), bitmap);
  }

  private RoaringBitmap restrict(RoaringBitmap bitmap) {
    return universe == null ? bitmap : RoaringBitmap.and(bitmap, universe);
  }

  private RoaringBitmap clause(Expr.Clause clause) {
    return switch (clause.subject()) {
      case Subject.Anniversary anniversary -> new AnniversaryEvaluator(snapshot, dates)
          .evaluate(anniversary.attribute(), clause.test(), scope());
      case Subject.Filter filter -> filter(filter.name(), clause.test());
    };
  }

  private RoaringBitmap filter(String name, Test test) {
    CustomerTable c = snapshot.customers;
    return switch (name) {
      case "amount_spent" -> number(c.amountSpent, Money.SCALE, test);
      case "number_of_orders" -> number(c.numberOfOrders, 0, test);
      case "created_by_app_id" -> number(c.createdByApp, 0, test);
      case "first_order_date" -> date(c.firstOrder, test);
      case "last_order_date" -> date(c.lastOrder, test);
      case "abandoned_checkout_date" -> date(c.abandonedCheckout, test);
      case "customer_added_date" -> date(c.customerAdded, test);
      case "customer_tags" -> list(c.tags, test, true);
      case "customer_countries" -> list(c.countries, test, false);
      case "customer_regions" -> list(c.regions, test, false);
      case "customer_cities" -> list(c.cities, test, false);
      case "subscribed_channels" -> list(c.channels, test, false);
      case "companies" -> companies(test);
      case "customer_email_domain" -> scalar(c.emailDomain, test);
      case "customer_language" -> scalar(c.language, test);
      case "customer_group" -> scalar(c.group, test);
      case "email_subscription_status" -> scalar(c.emailState, test);
      case "sms_subscription_status" -> scalar(c.smsState, test);
      case "customer_account_status" -> scalar(c.accountState, test);
      case "rfm_group" -> scalar(snapshot.rfmGroups, test);
      case "predicted_spend_tier" -> scalar(snapshot.spendTiers, test);
      default -> name.startsWith("metafields.") ? metafield(name, test)
          : functions.matches(name, (Test.Matches) test, universe);
    };
  }

  private RoaringBitmap number(LongColumn column, int scale, Test test) {
    return switch (test) {
      case Test.Compare compare -> scan(column, Interval.compare(compare.op(), Literals.decimal(compare.value()), scale));
      case Test.Between between -> scan(column, Interval.between(Literals.decimal(between.low()),
          Literals.decimal(between.high()), scale));
      case Test.IsNull isNull -> isNull.negated() ? scan(column, Interval.ANY) : complement(scan(column, Interval.ANY));
      default -> throw new EngineException("operator not valid for a number: " + test);
    };
  }

  private RoaringBitmap date(LongColumn column, Test test) {
    return switch (test) {
      case Test.Compare compare -> scan(column, Interval.of(dates.compare(compare.op(), Literals.date(compare.value()))));
      case Test.Between between -> scan(column, Interval.of(dates.between(Literals.date(between.low()),
          Literals.date(between.high()))));
      case Test.IsNull isNull -> isNull.negated() ? scan(column, Interval.ANY) : complement(scan(column, Interval.ANY));
      default -> throw new EngineException("operator not valid for a date: " + test);
    };
  }

  private RoaringBitmap scan(LongColumn column, Interval interval) {
    return universe == null ? column.select(interval) : column.select(interval, universe);
  }

  private RoaringBitmap list(ValueIndex<String> index, Test test, boolean caseInsensitive) {
    return switch (test) {
      case Test.Contains contains -> {
        String key = Literals.text(contains.value());
        RoaringBitmap having = index.having(caseInsensitive ? key.toLowerCase(Locale.ROOT) : key);
        yield contains.negated() ? complement(having) : having;
      }
      case Test.IsNull isNull -> isNull.negated() ? index.present() : complement(index.present());
      default -> throw new EngineException("operator not valid for a list: " + test);
    };
  }

  private RoaringBitmap companies(Test test) {
    ValueIndex<Long> index = snapshot.customers.companies;
    return switch (test) {
      case Test.Contains contains -> {
        RoaringBitmap having = index.having(Literals.whole(contains.value()));
        yield contains.negated() ? complement(having) : having;
      }
      case Test.IsNull isNull -> isNull.negated() ? index.present() : complement(index.present());
      default -> throw new EngineException("operator not valid for a list: " + test);
    };
  }

  private RoaringBitmap scalar(ValueIndex<String> index, Test test) {
    return switch (test) {
      case Test.Compare compare -> {
        RoaringBitmap having = index.having(Literals.text(compare.value()));
        yield compare.op() == Cmp.EQ ? having : RoaringBitmap.andNot(index.present(), having);
      }
      case Test.IsNull isNull -> isNull.negated() ? index.present() : complement(index.present());
      default -> throw new EngineException("operator not valid for a value: " + test);
    };
  }

  private RoaringBitmap metafield(String name, Test test) {
    Object[] values = snapshot.customers.metafields.get(name.substring("metafields.".length()));
    MetafieldMatcher matcher = new MetafieldMatcher(dates);
    RoaringBitmap result = new RoaringBitmap();
    scope().forEach((int i) -> {
      if (matcher.test(values == null ? null : values[i], test)) {
        result.add(i);
      }
    });
    return result;
  }
}
