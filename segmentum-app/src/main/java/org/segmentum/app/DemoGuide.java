package org.segmentum.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.segmentum.server.EncryptionKey;

/**
 * What {@code serve --demo} prints once the server listens: the demo shops with their tokens (shown once)
 * and curl commands that work as printed; or, on later starts, that the demo exists and how to get a token.
 * Then the admin's address and where the key that seals stored secrets is.
 */
final class DemoGuide {
  /** An order for customer 1 of the generated shop; the id is above every generated order's. */
  static final long EXAMPLE_ORDER = 9_000_001;

  private DemoGuide() {
  }

  static void print(Demo.Outcome outcome, String baseUrl, DatabaseOptions.Database database,
      SecretKeySource.Found secretKey, PrintWriter out) {
    switch (outcome) {
      case Demo.Outcome.Existing existing -> existing(existing.shops(), database, out);
      case Demo.Outcome.Created created -> created(created.shops(), baseUrl, out);
    }
    out.println();
    out.println("The web admin: " + baseUrl + "/admin (sign in with an admin token of a shop).");
    secretKey(secretKey, out);
    out.flush();
  }

  /** Where the key that seals SMTP passwords and provider secrets comes from. */
  private static void secretKey(SecretKeySource.Found found, PrintWriter out) {
    switch (found) {
      case SecretKeySource.Found.DemoFile file when file.created() -> {
        out.println("Secret key: created " + file.file() + " (readable only by you) to seal the SMTP passwords and");
        out.println("  provider secrets saved in the admin. Keep it with the database: without it they cannot be");
        out.println("  opened. Set " + EncryptionKey.VARIABLE + " or " + EncryptionKey.FILE_VARIABLE
            + " to use another key.");
      }
      case SecretKeySource.Found.DemoFile file -> out.println("Secret key: " + file.file()
          + " (created on the first start) seals the SMTP passwords and provider secrets.");
      case SecretKeySource.Found.Configured configured -> out.println("Secret key: from " + EncryptionKey.VARIABLE
          + " / " + EncryptionKey.FILE_VARIABLE + ".");
      case SecretKeySource.Found.None none -> out.println("No secret key: set " + EncryptionKey.VARIABLE + " or "
          + EncryptionKey.FILE_VARIABLE + " to save SMTP passwords and provider secrets (docs/running.md).");
    }
  }

  private static void existing(List<org.segmentum.storage.ShopRow> shops, DatabaseOptions.Database database,
      PrintWriter out) {
    String names = shops.stream().map(shop -> shop.id() + " \"" + shop.name() + "\"").collect(Collectors.joining(", "));
    String db = database.option().isEmpty() ? "" : " " + database.option();
    out.println();
    out.println("Demo: this database has shops already (" + names + "), so nothing was created.");
    out.println("Tokens are shown only when they are made. A new admin token for shop " + shops.get(0).id() + ":");
    out.println("  segmentum token create --shop " + shops.get(0).id() + " --scopes admin" + db);
  }

  private static void created(List<Demo.CreatedShop> shops, String base, PrintWriter out) {
    out.println();
    out.println("Demo shops created. Their admin tokens are shown only this once; keep them:");
    for (Demo.CreatedShop shop : shops) {
      out.printf("  shop %d \"%s\" (%s, %s): %,d customers, %,d orders%n", shop.shop().id(), shop.shop().name(),
          shop.shop().timezone().getId(), shop.shop().currency(), shop.customers(), shop.orders());
      out.println("    token: " + shop.token());
    }
    out.println("  Shop 2 is the UCI Online Retail data set (Daqing Chen, UCI Machine Learning Repository, CC BY 4.0).");
    Demo.CreatedShop demo = shops.get(0);
    Demo.CreatedShop retail = shops.get(1);
    String shop1 = base + "/api/v1/shops/" + demo.shop().id();
    String shop2 = base + "/api/v1/shops/" + retail.shop().id();
    out.println();
    out.println("Try:");
    out.println("# the segments of the Demo Shop, with their member counts");
    out.println("curl -s -H 'Authorization: Bearer " + demo.token() + "' " + shop1 + "/segments");
    out.println("# preview a query on the Online Retail shop: count, share and first members, nothing saved");
    out.println("curl -s -H 'Authorization: Bearer " + retail.token() + "' -H 'Content-Type: application/json' "
        + "-d '{\"query\": \"number_of_orders >= 10 AND amount_spent >= 5000\"}' " + shop2 + "/preview");
    out.println("# the biggest spenders among the Online Retail customers who have purchased");
    out.println("curl -s -H 'Authorization: Bearer " + retail.token() + "' '" + shop2 + "/segments/"
        + retail.purchasers().id() + "/members?sort=amount_spent&order=desc&limit=5'");
    out.println("# ingest an order for customer 1 of the Demo Shop (one JSON object, or NDJSON lines)");
    out.println("curl -s -H 'Authorization: Bearer " + demo.token() + "' -H 'Content-Type: application/json' -d '"
        + "{\"id\": " + EXAMPLE_ORDER + ", \"customer_id\": 1, \"created_at\": \"" + demo.shop().createdAt()
        + "\", \"total_price\": \"42.00\", \"line_items\": [{\"product_id\": 1, \"quantity\": 2, \"price\": \"21.00\"}]}' "
        + shop1 + "/orders");
    out.println("# who joined and left a segment: the change feed, paged by cursor");
    out.println("curl -s -H 'Authorization: Bearer " + demo.token() + "' '" + shop1 + "/segments/"
        + demo.purchasers().id() + "/changes?cursor=0&limit=10'");
    out.println("More: docs/running.md; health at " + base + "/health, metrics at " + base + "/metrics.");
  }
}
