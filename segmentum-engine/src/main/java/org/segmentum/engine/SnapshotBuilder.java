package org.segmentum.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.segmentum.model.Address;
import org.segmentum.model.Category;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.EventType;
import org.segmentum.model.LineItem;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.model.Store;

/** Builds a {@link Snapshot} from a store: derives the facts of DATA.md §3 and the scores of §4. */
final class SnapshotBuilder {
  private final Store store;
  private final ZoneId zone;
  private final long[] ids;

  private SnapshotBuilder(Store store) {
    this.store = store;
    this.zone = store.shop().timezone();
    this.ids = store.customers().stream().mapToLong(Customer::id).toArray();
  }

  static Snapshot build(Store store, LocalDate scoresAsOf) {
    return new SnapshotBuilder(store).build(scoresAsOf, null);
  }

  /** A snapshot whose scores are given (live segments keep the scores of the last daily computation). */
  static Snapshot build(Store store, ScoreBook scores) {
    return new SnapshotBuilder(store).build(scores.asOf(), scores);
  }

  private Snapshot build(LocalDate scoresAsOf, ScoreBook given) {
    ProductTable products = products();
    OrderTable orders = orders(products);
    CustomerTable.Builder columns = new CustomerTable.Builder();
    columns.ids = ids;
    orderFacts(orders, columns);
    checkoutFacts(columns);
    customerFacts(columns);
    CustomerTable customers = new CustomerTable(columns);
    Scores scores = given == null ? Scores.compute(scoreInputs(customers), scoresAsOf) : given.forCustomers(ids);
    return new Snapshot(zone, customers, orders, products, events(), scores);
  }

  private int ordinal(long customerId) {
    int at = Arrays.binarySearch(ids, customerId);
    if (at < 0) {
      throw new EngineException("record refers to unknown customer " + customerId);
    }
    return at;
  }

  private ProductTable products() {
    Map<Long, Integer> index = new HashMap<>();
    List<Long> productIds = new ArrayList<>();
    List<Set<String>> tags = new ArrayList<>();
    List<Long> categories = new ArrayList<>();
    for (Product product : store.products()) {
      Integer known = index.get(product.id());
      Set<String> lower = product.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      long category = product.categoryId() == null ? LongColumn.MISSING : product.categoryId();
      if (known != null) {
        tags.set(known, lower);
        categories.set(known, category);
        continue;
      }
      index.put(product.id(), productIds.size());
      productIds.add(product.id());
      tags.add(lower);
      categories.add(category);
    }
    for (Order order : store.orders()) {
      for (LineItem line : order.lineItems()) {
        if (!index.containsKey(line.productId())) {
          index.put(line.productId(), productIds.size());
          productIds.add(line.productId());
          tags.add(Set.of());
          categories.add(LongColumn.MISSING);
        }
      }
    }
    Map<Long, Long> parents = new HashMap<>();
    for (Category category : store.categories()) {
      parents.put(category.id(), category.parentId());
    }
    return new ProductTable(productIds.stream().mapToLong(Long::longValue).toArray(), Map.copyOf(index),
        List.copyOf(tags), categories.stream().mapToLong(Long::longValue).toArray(), ProductTable.childrenOf(parents));
  }

  private OrderTable orders(ProductTable products) {
    List<Order> sorted = new ArrayList<>(store.orders());
    sorted.sort(Comparator.comparingInt((Order o) -> ordinal(o.customerId()))
        .thenComparing(Order::createdAt).thenComparingLong(Order::id));
    int rows = sorted.size();
    int lines = sorted.stream().mapToInt(o -> o.lineItems().size()).sum();
    int[] start = new int[ids.length + 1];
    long[] created = new long[rows];
    long[] net = new long[rows];
    byte[] status = new byte[rows];
    boolean[] test = new boolean[rows];
    long[] location = new long[rows];
    long[] app = new long[rows];
    int[] lineStart = new int[rows + 1];
    int[] lineProduct = new int[lines];
    long[] lineQuantity = new long[lines];
    int line = 0;
    for (int row = 0; row < rows; row++) {
      Order order = sorted.get(row);
      start[ordinal(order.customerId()) + 1]++;
      created[row] = order.createdAt().getEpochSecond();
      net[row] = Money.units(order.netAmount());
      status[row] = order.isCancelled() ? OrderTable.CANCELLED : (byte) order.status().ordinal();
      test[row] = order.test();
      location[row] = order.locationId() == null ? LongColumn.MISSING : order.locationId();
      app[row] = order.appId() == null ? LongColumn.MISSING : order.appId();
      lineStart[row] = line;
      for (LineItem item : order.lineItems()) {
        lineProduct[line] = products.index.get(item.productId());
        lineQuantity[line] = item.quantity();
        line++;
      }
    }
    lineStart[rows] = line;
    for (int i = 0; i < ids.length; i++) {
      start[i + 1] += start[i];
    }
    return new OrderTable(start, created, net, status, test, location, app, lineStart, lineProduct, lineQuantity);
  }

  private void orderFacts(OrderTable orders, CustomerTable.Builder columns) {
    int n = ids.length;
    long[] amount = new long[n];
    long[] count = new long[n];
    LongColumn first = LongColumn.filled(n);
    LongColumn last = LongColumn.filled(n);
    for (int i = 0; i < n; i++) {
      for (int row = orders.start[i]; row < orders.start[i + 1]; row++) {
        if (!orders.isCounted(row)) {
          continue;
        }
        amount[i] += orders.net[row];
        count[i]++;
        long at = orders.created[row];
        if (first.raw()[i] == LongColumn.MISSING || at < first.raw()[i]) {
          first.raw()[i] = at;
        }
        if (last.raw()[i] == LongColumn.MISSING || at > last.raw()[i]) {
          last.raw()[i] = at;
        }
      }
    }
    columns.amountSpent = new LongColumn(amount);
    columns.numberOfOrders = new LongColumn(count);
    columns.firstOrder = first;
    columns.lastOrder = last;
  }

  private void checkoutFacts(CustomerTable.Builder columns) {
    LongColumn abandoned = LongColumn.filled(ids.length);
    for (Checkout checkout : store.checkouts()) {
      if (checkout.isAbandoned()) {
        int i = ordinal(checkout.customerId());
        long at = checkout.createdAt().getEpochSecond();
        if (abandoned.raw()[i] == LongColumn.MISSING || at > abandoned.raw()[i]) {
          abandoned.raw()[i] = at;
        }
      }
    }
    columns.abandonedCheckout = abandoned;
  }

  private void customerFacts(CustomerTable.Builder c) {
    int n = ids.length;
    c.customerAdded = LongColumn.filled(n);
    c.createdByApp = LongColumn.filled(n);
    c.birthMonthDay = new int[n];
    c.coordinateStart = new int[n + 1];
    List<double[]> coordinates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Customer customer = store.customers().get(i);
      c.customerAdded.raw()[i] = customer.createdAt().getEpochSecond();
      if (customer.createdByAppId() != null) {
        c.createdByApp.raw()[i] = customer.createdByAppId();
      }
      LocalDate birth = customer.birthDate();
      c.birthMonthDay[i] = birth == null ? -1 : birth.getMonthValue() * 100 + birth.getDayOfMonth();
      for (String tag : customer.tags()) {
        c.tags.add(i, tag.toLowerCase(Locale.ROOT));
      }
      for (Address address : customer.addresses()) {
        addIfPresent(c.countries, i, AddressCodes.country(address));
        addIfPresent(c.regions, i, AddressCodes.region(address));
        addIfPresent(c.cities, i, AddressCodes.city(address));
        if (address.latitude() != null && address.longitude() != null) {
          coordinates.add(new double[] {address.latitude(), address.longitude()});
        }
      }
      c.coordinateStart[i + 1] = coordinates.size();
      addIfPresent(c.emailDomain, i, emailDomain(customer.email()));
      addIfPresent(c.language, i, customer.language());
      addIfPresent(c.group, i, customer.group());
      c.emailState.add(i, customer.emailMarketing().name());
      c.smsState.add(i, customer.smsMarketing().name());
      c.accountState.add(i, customer.state().name());
      int ordinal = i;
      customer.channels().forEach(channel -> c.channels.add(ordinal, channel.name()));
      customer.companyIds().forEach(company -> c.companies.add(ordinal, company));
      customer.metafields().forEach((key, value) ->
          c.metafields.computeIfAbsent(key, k -> new Object[n])[ordinal] = value);
    }
    c.latitudes = coordinates.stream().mapToDouble(p -> p[0]).toArray();
    c.longitudes = coordinates.stream().mapToDouble(p -> p[1]).toArray();
  }

  /** The lower-cased text after the last {@code @}, or null when there is no {@code @}. */
  static String emailDomain(String email) {
    if (email == null) {
      return null;
    }
    int at = email.lastIndexOf('@');
    return at < 0 ? null : email.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static void addIfPresent(ValueIndex.Builder<String> index, int ordinal, String value) {
    if (value != null) {
      index.add(ordinal, value);
    }
  }

  private Scores.Input[] scoreInputs(CustomerTable customers) {
    Scores.Input[] inputs = new Scores.Input[customers.size()];
    for (int i = 0; i < inputs.length; i++) {
      long orders = customers.numberOfOrders.get(i);
      inputs[i] = orders == 0 ? new Scores.Input(0, 0, null, null)
          : new Scores.Input(orders, customers.amountSpent.get(i), localDate(customers.firstOrder.get(i)),
              localDate(customers.lastOrder.get(i)));
    }
    return inputs;
  }

  private LocalDate localDate(long epochSecond) {
    return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
  }

  private Map<EventType, EventTable> events() {
    Map<EventType, List<Event>> byType = new EnumMap<>(EventType.class);
    for (Event event : store.events()) {
      byType.computeIfAbsent(event.type(), t -> new ArrayList<>()).add(event);
    }
    Map<EventType, EventTable> tables = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      List<Event> events = new ArrayList<>(byType.getOrDefault(type, List.of()));
      events.sort(Comparator.comparingInt((Event e) -> ordinal(e.customerId())).thenComparing(Event::occurredAt));
      int[] start = new int[ids.length + 1];
      long[] occurred = new long[events.size()];
      long[] key = new long[events.size()];
      for (int row = 0; row < events.size(); row++) {
        Event event = events.get(row);
        start[ordinal(event.customerId()) + 1]++;
        occurred[row] = event.occurredAt().getEpochSecond();
        Long k = switch (type) {
          case STOREFRONT_PRODUCT_VIEWED -> event.productId();
          case STOREFRONT_COLLECTION_VIEWED -> event.collectionId();
          default -> event.activityId();
        };
        key[row] = k == null ? LongColumn.MISSING : k;
      }
      for (int i = 0; i < ids.length; i++) {
        start[i + 1] += start[i];
      }
      tables.put(type, new EventTable(start, occurred, key));
    }
    return tables;
  }
}
