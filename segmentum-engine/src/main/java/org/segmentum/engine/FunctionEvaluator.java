package org.segmentum.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.roaringbitmap.RoaringBitmap;
import org.segmentum.model.EventType;
import org.segmentum.query.ParamTest;
import org.segmentum.query.Test;
import org.segmentum.query.Value;
import org.segmentum.query.time.DateResolver;

/**
 * Evaluates function clauses (LANGUAGE.md §6.2) over the columnar record tables: each customer's
 * records are selected by the non-aggregate parameters, then the clause holds when at least one is
 * selected, or, with aggregate parameters, when every aggregate over the selection holds (0 when none).
 * One pass over the records of the customers considered.
 */
final class FunctionEvaluator {
  private final Snapshot snapshot;
  private final DateResolver dates;

  FunctionEvaluator(Snapshot snapshot, DateResolver dates) {
    this.snapshot = snapshot;
    this.dates = dates;
  }

  /** Customers of {@code universe} (all when null) for whom {@code name MATCHES (...)} holds. */
  RoaringBitmap matches(String name, Test.Matches matches, RoaringBitmap universe) {
    RecordConditions conditions = new RecordConditions(matches, dates);
    RoaringBitmap result = universe == null ? new IndexedFunctions(snapshot).matches(name, conditions) : null;
    if (result == null) {
      IntPredicate holds = switch (name) {
        case "orders_placed" -> ordersPlaced(conditions);
        case "products_purchased" -> productsPurchased(conditions);
        case "customer_within_distance" -> withinDistance(conditions);
        default -> events(eventType(name), conditions);
      };
      result = select(holds, universe);
    }
    if (matches.negated()) {
      RoaringBitmap scope = universe == null ? snapshot.all() : universe.clone();
      scope.andNot(result);
      return scope;
    }
    return result;
  }

  private RoaringBitmap select(IntPredicate holds, RoaringBitmap universe) {
    if (universe != null) {
      RoaringBitmap result = new RoaringBitmap();
      universe.forEach((int i) -> {
        if (holds.test(i)) {
          result.add(i);
        }
      });
      return result;
    }
    int n = snapshot.size();
    long[] words = new long[(n + 63) >>> 6];
    for (int i = 0; i < n; i++) {
      if (holds.test(i)) {
        words[i >>> 6] |= 1L << i;
      }
    }
    return org.roaringbitmap.BitSetUtil.bitmapOf(words);
  }

  static EventType eventType(String function) {
    return switch (function) {
      case "shopify_email.opened" -> EventType.EMAIL_OPENED;
      case "shopify_email.clicked" -> EventType.EMAIL_CLICKED;
      case "shopify_email.delivered" -> EventType.EMAIL_DELIVERED;
      case "shopify_email.bounced" -> EventType.EMAIL_BOUNCED;
      case "shopify_email.marked_as_spam" -> EventType.EMAIL_MARKED_AS_SPAM;
      case "shopify_email.unsubscribed" -> EventType.EMAIL_UNSUBSCRIBED;
      case "storefront.product_viewed" -> EventType.STOREFRONT_PRODUCT_VIEWED;
      case "storefront.collection_viewed" -> EventType.STOREFRONT_COLLECTION_VIEWED;
      default -> throw new EngineException("unknown function " + function);
    };
  }

  private IntPredicate ordersPlaced(RecordConditions c) {
    OrderTable orders = snapshot.orders;
    KeyCondition location = c.key("location_id");
    KeyCondition app = c.key("app_id");
    StatusCondition status = StatusCondition.of(c.params.get("status"));
    return i -> {
      long selected = 0;
      long amountTotal = 0;
      for (int row = orders.start[i]; row < orders.start[i + 1]; row++) {
        if (orders.test[row] || !status.test(orders.status[row])
            || (c.date != null && !c.date.test(orders.created[row]))
            || (c.amount != null && !c.amount.test(orders.net[row]))
            || (location != null && !location.test(orders.location[row]))
            || (app != null && !app.test(orders.app[row]))) {
          continue;
        }
        selected++;
        amountTotal += orders.net[row];
      }
      return c.aggregatesHold(selected, amountTotal, 0);
    };
  }

  private IntPredicate productsPurchased(RecordConditions c) {
    OrderTable orders = snapshot.orders;
    boolean[] productSelected = productSelection(snapshot, c);
    return i -> {
      long selectedOrders = 0;
      long quantityTotal = 0;
      for (int row = orders.start[i]; row < orders.start[i + 1]; row++) {
        if (!orders.isCounted(row) || (c.date != null && !c.date.test(orders.created[row]))) {
          continue;
        }
        boolean any = false;
        for (int line = orders.lineStart[row]; line < orders.lineStart[row + 1]; line++) {
          if (productSelected[orders.lineProduct[line]]
              && (c.quantity == null || c.quantity.test(orders.lineQuantity[line]))) {
            any = true;
            quantityTotal += orders.lineQuantity[line];
          }
        }
        if (any) {
          selectedOrders++;
        }
      }
      return c.aggregatesHold(selectedOrders, 0, quantityTotal);
    };
  }

  /** For each product index, whether the id, tag and category parameters select it. */
  static boolean[] productSelection(Snapshot snapshot, RecordConditions c) {
    ProductTable products = snapshot.products;
    KeyCondition id = c.key("id");
    ParamTest tagTest = c.params.get("tag");
    String tag = tagTest == null ? null
        : Literals.text(KeyCondition.values(tagTest).get(0)).toLowerCase(Locale.ROOT);
    ParamTest categoryTest = c.params.get("category");
    Set<Long> categories = categoryTest == null ? null
        : products.withDescendants(new HashSet<>(Literals.wholes(KeyCondition.values(categoryTest))));
    boolean[] selected = new boolean[products.size()];
    for (int p = 0; p < selected.length; p++) {
      selected[p] = (id == null || id.test(products.ids[p]))
          && (tag == null || products.tags.get(p).contains(tag))
          && (categories == null || (products.category[p] != LongColumn.MISSING
              && categories.contains(products.category[p])));
    }
    return selected;
  }

  private IntPredicate events(EventType type, RecordConditions c) {
    EventTable events = snapshot.events.get(type);
    KeyCondition key = c.key(type.isEmail() ? "activity_id" : "id");
    return i -> {
      long selected = 0;
      for (int row = events.start[i]; row < events.start[i + 1]; row++) {
        if ((c.date == null || c.date.test(events.occurred[row])) && (key == null || key.test(events.key[row]))) {
          selected++;
        }
      }
      return c.aggregatesHold(selected, 0, 0);
    };
  }

  private IntPredicate withinDistance(RecordConditions c) {
    CustomerTable customers = snapshot.customers;
    Value.Tuple point = (Value.Tuple) ((Test.Compare) c.params.get("coordinates")).value();
    double latitude = Literals.decimal(point.values().get(0)).doubleValue();
    double longitude = Literals.decimal(point.values().get(1)).doubleValue();
    double limitKm = distanceKm(c);
    return i -> {
      for (int k = customers.coordinateStart[i]; k < customers.coordinateStart[i + 1]; k++) {
        if (Geo.distanceKm(latitude, longitude, customers.latitudes[k], customers.longitudes[k]) <= limitKm) {
          return true;
        }
      }
      return false;
    };
  }

  static double distanceKm(RecordConditions c) {
    ParamTest km = c.params.get("distance_km");
    if (km != null) {
      return Literals.decimal(((Test.Compare) km).value()).doubleValue();
    }
    return Literals.decimal(((Test.Compare) c.params.get("distance_mi")).value()).doubleValue() * Geo.KM_PER_MILE;
  }
}
