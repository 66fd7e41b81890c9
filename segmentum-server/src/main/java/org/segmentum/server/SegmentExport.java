package org.segmentum.server;

import java.io.Writer;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.segmentum.engine.Engine;
import org.segmentum.engine.Membership;
import org.segmentum.model.Customer;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.model.Store;
import org.segmentum.query.Query;
import org.segmentum.query.ShopSchema;
import org.segmentum.query.Validation;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StoreRebuild;

/**
 * A segment's members as Shopify's customer CSV (DATA.md §2, SERVICE.md §1 "Export"), in ascending id
 * order with each member's total spent and order count, cells neutralised against spreadsheet formulas.
 * Rows are written one at a time as they are produced, so the file is never held in memory.
 *
 * <p>The command line opens a segment with {@link #open} (read-only: the shop's data is rebuilt from
 * storage and the segment's query evaluated at the clock's instant); the API exports from the live shop.
 */
public final class SegmentExport {
  /** The outcome of {@link #open}: an export ready to write, or why there is none. */
  public sealed interface Opening {
  }

  /** The export, ready to be written. */
  public record Ready(SegmentExport export) implements Opening {
    public Ready {
      Objects.requireNonNull(export, "export");
    }
  }

  /** No export: no such shop or segment, or a query that no longer checks; {@code reason} says which. */
  public record Refused(String reason) implements Opening {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final Membership members;
  private final LongFunction<Optional<Customer>> customers;

  private SegmentExport(Membership members, LongFunction<Optional<Customer>> customers) {
    this.members = members;
    this.customers = customers;
  }

  /** The members of a stored segment, read from storage without changing anything. */
  public static Opening open(Storage storage, long shopId, long segmentId, Clock clock) {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(clock, "clock");
    Optional<ShopRow> shop = storage.read(tx -> tx.shops().find(shopId));
    if (shop.isEmpty()) {
      return new Refused("there is no shop " + shopId);
    }
    Optional<SegmentRow> segment = storage.read(tx -> tx.segments().find(shopId, segmentId));
    if (segment.isEmpty()) {
      return new Refused("shop " + shopId + " has no segment " + segmentId);
    }
    Store store = storage.read(tx -> StoreRebuild.of(tx, shop.get())).store();
    Validation validation = Query.language().withSchema(ShopSchema.of(store.metafieldDefinitions()))
        .validate(segment.get().query());
    if (!(validation instanceof Validation.Valid valid)) {
      return new Refused("the query of segment " + segmentId + " no longer checks: "
          + validation.diagnostics().get(0).render());
    }
    Membership members = Engine.load(store, clock).evaluate(valid.query(), clock.instant());
    return new Ready(new SegmentExport(members, byId(store.customers())));
  }

  /** The members of a live segment of a served shop. */
  static SegmentExport of(ShopRuntime shop, Membership members) {
    return new SegmentExport(members, shop.live()::customer);
  }

  /** The number of members (rows after the header). */
  public int members() {
    return members.count();
  }

  /**
   * Writes the header and one row per member; flushes, does not close.
   *
   * @throws org.segmentum.model.ModelException if writing fails
   */
  public void writeTo(Writer out) {
    Objects.requireNonNull(out, "out");
    ShopifyCustomerCsv.write(out, this::rows);
  }

  private Iterator<ShopifyCustomerCsv.ExportRow> rows() {
    return members.rows()
        .flatMap(row -> customers.apply(row.customerId()).stream()
            .map(customer -> new ShopifyCustomerCsv.ExportRow(customer, row.amountSpent(), row.numberOfOrders())))
        .iterator();
  }

  /** Finds customers in a list sorted by ascending id. */
  private static LongFunction<Optional<Customer>> byId(List<Customer> sorted) {
    long[] ids = sorted.stream().mapToLong(Customer::id).toArray();
    return id -> {
      int index = java.util.Arrays.binarySearch(ids, id);
      return index < 0 ? Optional.empty() : Optional.of(sorted.get(index));
    };
  }
}
