package org.segmentum.storage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.segmentum.model.Category;
import org.segmentum.model.Checkout;
import org.segmentum.model.Customer;
import org.segmentum.model.Event;
import org.segmentum.model.Order;
import org.segmentum.model.Product;
import org.segmentum.model.RecordDecoding;
import org.segmentum.model.Shop;
import org.segmentum.model.Store;
import org.segmentum.query.MetafieldDefinition;

/**
 * Rebuilds a shop's in-memory {@link Store} from its stored records (what the engine loads at start).
 * Records were validated when stored; one that no longer decodes (say, a metafield definition changed type
 * since) is left out and described in {@link Result#problems}, never aborting the rest.
 */
public final class StoreRebuild {
  /** The store and the records left out. */
  public record Result(Store store, List<String> problems) {
    public Result {
      Objects.requireNonNull(store, "store");
      problems = List.copyOf(problems);
    }
  }

  private final Transaction transaction;
  private final long shopId;
  private final List<String> problems = new ArrayList<>();

  private StoreRebuild(Transaction transaction, long shopId) {
    this.transaction = transaction;
    this.shopId = shopId;
  }

  public static Result of(Transaction transaction, ShopRow shop) throws SQLException {
    return new StoreRebuild(transaction, shop.id()).rebuild(shop);
  }

  private Result rebuild(ShopRow shop) throws SQLException {
    List<MetafieldDefinition> definitions = read(RecordKind.METAFIELD_DEFINITION, RecordDecoding::metafieldDefinition);
    List<Category> categories = read(RecordKind.CATEGORY, RecordDecoding::category);
    List<Product> products = read(RecordKind.PRODUCT, RecordDecoding::product);
    List<Customer> customers = read(RecordKind.CUSTOMER, json -> RecordDecoding.customer(json, definitions));
    List<Order> orders = read(RecordKind.ORDER, RecordDecoding::order);
    List<Checkout> checkouts = read(RecordKind.CHECKOUT, RecordDecoding::checkout);
    List<Event> events = read(RecordKind.EVENT, RecordDecoding::event);
    Shop model = new Shop(shop.id(), shop.name(), shop.timezone(), shop.currency());
    return new Result(Store.of(model, definitions, categories, products, customers, orders, checkouts, events),
        problems);
  }

  private <T> List<T> read(RecordKind kind, Function<String, RecordDecoding.Result<T>> decoder) throws SQLException {
    List<T> values = new ArrayList<>();
    transaction.records().forEach(shopId, kind, body -> {
      switch (decoder.apply(body)) {
        case RecordDecoding.Result.Decoded<T> decoded -> values.add(decoded.value());
        case RecordDecoding.Result.Rejected<T> rejected -> problems.add(kind.column() + " record left out: "
            + rejected.field() + ": " + rejected.reason());
      }
    });
    return values;
  }
}
