package org.segmentum.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.segmentum.model.Address;
import org.segmentum.model.Event;
import org.segmentum.model.EventType;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.model.Store;
import org.segmentum.query.Cmp;
import org.segmentum.query.Param;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Test;
import org.segmentum.query.Value;

/** Function clauses (LANGUAGE.md §6.2) for one customer, the plain way: loop, select, aggregate. */
final class ReferenceFunctions {
  private final Map<Long, Product> products;
  private final Map<Long, Long> parents;
  private final ReferenceDates dates;

  /** Functions over these products and category parents (maps the caller keeps current). */
  ReferenceFunctions(Map<Long, Product> products, Map<Long, Long> parents, ReferenceDates dates) {
    this.products = products;
    this.parents = parents;
    this.dates = dates;
  }

  static ReferenceFunctions of(Store store) {
    Map<Long, Product> products = new HashMap<>();
    Map<Long, Long> parents = new HashMap<>();
    store.products().forEach(p -> products.put(p.id(), p));
    store.categories().forEach(c -> parents.put(c.id(), c.parentId()));
    return new ReferenceFunctions(products, parents, null);
  }

  /** The same functions with dates resolved at another instant. */
  ReferenceFunctions at(ReferenceDates newDates) {
    return new ReferenceFunctions(products, parents, newDates);
  }

  boolean matches(String name, Test.Matches matches, ReferenceCustomer customer) {
    Map<String, ParamTest> params = new HashMap<>();
    for (Param param : matches.params()) {
      params.put(param.name(), param.test());
    }
    boolean holds = switch (name) {
      case "orders_placed" -> ordersPlaced(params, customer);
      case "products_purchased" -> productsPurchased(params, customer);
      case "customer_within_distance" -> withinDistance(params, customer);
      default -> events(FunctionEvaluator.eventType(name), params, customer);
    };
    return holds != matches.negated();
  }

  private boolean ordersPlaced(Map<String, ParamTest> p, ReferenceCustomer customer) {
    long count = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (Order order : customer.orders) {
      String status = ReferenceCustomer.isCancelled(order) ? "CANCELLED" : order.status().name();
      boolean statusOk = p.containsKey("status") ? inSet(p.get("status"), status) : !status.equals("CANCELLED");
      BigDecimal amount = order.totalPrice().subtract(order.refundedAmount());
      if (order.test() || !statusOk || !date(p, order.createdAt()) || !number(p.get("amount"), amount)
          || !key(p.get("location_id"), order.locationId()) || !key(p.get("app_id"), order.appId())) {
        continue;
      }
      count++;
      sum = sum.add(amount);
    }
    return aggregates(p, count, sum, 0);
  }

  private boolean productsPurchased(Map<String, ParamTest> p, ReferenceCustomer customer) {
    long orders = 0;
    long quantity = 0;
    for (Order order : customer.orders) {
      if (order.test() || ReferenceCustomer.isCancelled(order) || !date(p, order.createdAt())) {
        continue;
      }
      boolean any = false;
      for (LineItem line : order.lineItems()) {
        if (productSelected(p, line.productId()) && number(p.get("quantity"), BigDecimal.valueOf(line.quantity()))) {
          any = true;
          quantity += line.quantity();
        }
      }
      if (any) {
        orders++;
      }
    }
    return aggregates(p, orders, BigDecimal.ZERO, quantity);
  }

  private boolean productSelected(Map<String, ParamTest> p, long productId) {
    if (!key(p.get("id"), productId)) {
      return false;
    }
    Product product = products.get(productId);
    if (p.containsKey("tag")) {
      String tag = Literals.text(KeyCondition.values(p.get("tag")).get(0)).toLowerCase(Locale.ROOT);
      if (product == null || product.tags().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).equals(tag))) {
        return false;
      }
    }
    if (p.containsKey("category")) {
      Set<Long> wanted = Literals.wholes(KeyCondition.values(p.get("category")));
      return product != null && product.categoryId() != null && underAny(product.categoryId(), wanted);
    }
    return true;
  }

  /** Whether the category or one of its ancestors is wanted. */
  private boolean underAny(long category, Set<Long> wanted) {
    Set<Long> seen = new HashSet<>();
    Long current = category;
    while (current != null && seen.add(current)) {
      if (wanted.contains(current)) {
        return true;
      }
      current = parents.get(current);
    }
    return false;
  }

  private boolean events(EventType type, Map<String, ParamTest> p, ReferenceCustomer customer) {
    long count = 0;
    for (Event event : customer.events) {
      if (event.type() != type || !date(p, event.occurredAt())) {
        continue;
      }
      Long key = switch (type) {
        case STOREFRONT_PRODUCT_VIEWED -> event.productId();
        case STOREFRONT_COLLECTION_VIEWED -> event.collectionId();
        default -> event.activityId();
      };
      if (key(p.get(type.isEmail() ? "activity_id" : "id"), key)) {
        count++;
      }
    }
    return aggregates(p, count, BigDecimal.ZERO, 0);
  }

  private boolean withinDistance(Map<String, ParamTest> p, ReferenceCustomer customer) {
    Value.Tuple point = (Value.Tuple) ((Test.Compare) p.get("coordinates")).value();
    double lat = Literals.decimal(point.values().get(0)).doubleValue();
    double lng = Literals.decimal(point.values().get(1)).doubleValue();
    double km = p.containsKey("distance_km") ? Literals.decimal(((Test.Compare) p.get("distance_km")).value()).doubleValue()
        : Literals.decimal(((Test.Compare) p.get("distance_mi")).value()).doubleValue() * Geo.KM_PER_MILE;
    for (Address address : customer.customer.addresses()) {
      if (address.latitude() != null && address.longitude() != null
          && Geo.distanceKm(lat, lng, address.latitude(), address.longitude()) <= km) {
        return true;
      }
    }
    return false;
  }

  private boolean aggregates(Map<String, ParamTest> p, long count, BigDecimal sum, long quantity) {
    boolean any = p.containsKey("count") || p.containsKey("sum_amount") || p.containsKey("sum_quantity");
    if (!any) {
      return count > 0;
    }
    return number(p.get("count"), BigDecimal.valueOf(count)) && number(p.get("sum_amount"), sum)
        && number(p.get("sum_quantity"), BigDecimal.valueOf(quantity));
  }

  private boolean date(Map<String, ParamTest> p, Instant at) {
    ParamTest test = p.get("date");
    return test == null || switch (test) {
      case Test.Compare compare -> dates.compare(at, compare.op(), compare.value());
      case Test.Between between -> dates.compare(at, Cmp.GE, between.low()) && dates.compare(at, Cmp.LE, between.high());
      case ParamTest.In in -> false;
    };
  }

  private static boolean number(ParamTest test, BigDecimal actual) {
    return test == null || switch (test) {
      case Test.Compare compare -> ReferenceDates.ordered(actual.compareTo(Literals.decimal(compare.value())), compare.op());
      case Test.Between between -> actual.compareTo(Literals.decimal(between.low())) >= 0
          && actual.compareTo(Literals.decimal(between.high())) <= 0;
      case ParamTest.In in -> false;
    };
  }

  private static boolean key(ParamTest test, Long actual) {
    if (test == null) {
      return true;
    }
    if (actual == null) {
      return false;
    }
    List<Value> values = KeyCondition.values(test);
    boolean found = values.stream().anyMatch(v -> Literals.whole(v) == actual);
    return found != KeyCondition.negated(test);
  }

  private static boolean inSet(ParamTest test, String actual) {
    boolean found = KeyCondition.values(test).stream().anyMatch(v -> Literals.text(v).equals(actual));
    return found != KeyCondition.negated(test);
  }

}
