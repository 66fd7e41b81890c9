package org.segmentum.server;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Transaction;

/**
 * Creating a shop: the shop row and the default segments every new shop starts with (SERVICE.md §1,
 * author {@code system}). Used by the command line and the demo; the server picks new shops up itself.
 */
public final class ShopSetup {
  /** A default segment: name and query. */
  public record DefaultSegment(String name, String query) {
    public DefaultSegment {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(query, "query");
    }
  }

  /** The default segments of a new shop, in the order they are created. */
  public static final List<DefaultSegment> DEFAULT_SEGMENTS = List.of(
      new DefaultSegment("Customers who have purchased at least once", "number_of_orders >= 1"),
      new DefaultSegment("Email subscribers", "email_subscription_status = 'SUBSCRIBED'"),
      new DefaultSegment("Abandoned checkouts in the last 30 days", "abandoned_checkout_date >= -30d"),
      new DefaultSegment("Customers who have purchased more than once", "number_of_orders > 1"),
      new DefaultSegment("Customers who haven't purchased", "number_of_orders = 0"));

  private ShopSetup() {
  }

  /** Creates the shop with its default segments in the transaction; false (and nothing done) when it exists. */
  public static boolean create(Transaction tx, ShopRow shop, Instant now) throws SQLException {
    if (!tx.shops().create(shop)) {
      return false;
    }
    for (DefaultSegment segment : DEFAULT_SEGMENTS) {
      tx.segments().create(shop.id(), segment.name(), segment.query(), "system", now);
    }
    return true;
  }
}
