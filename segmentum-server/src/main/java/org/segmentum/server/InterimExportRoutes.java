package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.segmentum.engine.Membership;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.query.Validation;
import org.segmentum.storage.Scope;
import org.segmentum.storage.SegmentRow;

/**
 * A minimal {@code GET /api/v1/shops/{shop}/segments/{segment}/export}: the members as Shopify's customer CSV
 * (DATA.md §2, formula cells neutralised by {@link ShopifyCustomerCsv}), by ascending id. Kept on its own
 * so that the streaming export of SERVICE.md §1 replaces it whole.
 */
final class InterimExportRoutes {
  private final ShopAccess access;

  InterimExportRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(SegmentRoutes.BASE + "/segments/{segment}/export", this::export);
  }

  private void export(Context ctx) throws IOException {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ShopRuntime shop = caller.shop();
    SegmentRow row = new SegmentCommands(shop).existing(Params.pathId(ctx, "segment"));
    if (!(shop.validate(row.query()) instanceof Validation.Valid valid)) {
      throw ApiProblem.unprocessable("invalid-query", "the segment's query no longer checks", java.util.Map.of());
    }
    Membership members = shop.live().engine().evaluate(valid.query(), shop.now());
    List<ShopifyCustomerCsv.ExportRow> rows = members.rows()
        .map(member -> shop.live().customer(member.customerId())
            .map(customer -> new ShopifyCustomerCsv.ExportRow(customer, member.amountSpent(), member.numberOfOrders())))
        .flatMap(Optional::stream).toList();
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"segment-" + row.id() + ".csv\"");
    ctx.header("Cache-Control", "no-store");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      ShopifyCustomerCsv.write(out, rows);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
