package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.engine.Membership;
import org.segmentum.model.LoadCounts;
import org.segmentum.model.LoadProblem;
import org.segmentum.model.LoadReport;
import org.segmentum.query.Validation;
import org.segmentum.storage.Scope;
import org.segmentum.storage.SegmentRow;

/** Members out as Shopify customer CSV, customers in from it (SERVICE.md §1, "Export" and "Import"). */
final class TransferRoutes {
  private static final String BASE = SegmentRoutes.BASE;
  private final ShopAccess access;

  TransferRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/segments/{segment}/export", this::export);
    routes.post(BASE + "/import/customers.csv", this::importCsv);
  }

  /** Streams the members: each row is written to the response as it is produced. */
  private void export(Context ctx) throws IOException {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ShopRuntime shop = caller.shop();
    SegmentRow row = new SegmentCommands(shop).existing(Params.pathId(ctx, "segment"));
    Membership members = switch (shop.validate(row.query())) {
      case Validation.Valid valid -> shop.live().engine().evaluate(valid.query(), shop.now());
      case Validation.Invalid invalid -> throw ApiProblem.unprocessable("invalid-query",
          invalid.diagnostics().get(0).render(), Map.of("diagnostics", Views.diagnostics(invalid.diagnostics())));
    };
    ctx.status(200);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"segment-" + row.id() + "-members.csv\"");
    Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
    SegmentExport.of(shop, members).writeTo(out);
    out.flush();
  }

  /** A 200 with counts and per-row errors; a 422 (with the same members) when no row could be taken at all. */
  private void importCsv(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiProblem.badRequest("the body is empty: send a Shopify customer CSV with a header row");
    }
    LoadReport report = new StoreImport(caller.shop()).customerCsv(new StringReader(body), "customers.csv");
    Map<String, Object> view = view(report);
    LoadCounts counts = report.total();
    if (counts.rejected() > 0 && counts.rejected() == counts.records()) {
      throw ApiProblem.unprocessable("invalid-csv", "no row could be imported; the first problem: line "
          + report.problems().get(0).line() + ": " + message(report.problems().get(0)), view);
    }
    ctx.json(view);
  }

  private static Map<String, Object> view(LoadReport report) {
    LoadCounts total = report.total();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("loaded", total.loaded());
    view.put("replaced", total.replaced());
    view.put("stale", total.stale());
    view.put("rejected", total.rejected());
    List<Map<String, Object>> errors = report.problems().stream().map(problem -> {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("line", problem.line());
      error.put("column", problem.field());
      error.put("reason", problem.reason());
      return error;
    }).toList();
    view.put("errors", errors);
    return view;
  }

  private static String message(LoadProblem problem) {
    return problem.field() == null ? problem.reason() : problem.field() + ": " + problem.reason();
  }
}
