package org.segmentum.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.segmentum.engine.SortKey;
import org.segmentum.storage.Scope;
import org.segmentum.storage.SegmentRow;

/** The segment routes of SERVICE.md §1 under {@code /api/v1/shops/{shop}}. */
final class SegmentRoutes {
  static final String BASE = "/api/v1/shops/{shop}";
  private final ShopAccess access;

  SegmentRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/segments", this::list);
    routes.post(BASE + "/segments", this::create);
    routes.get(BASE + "/segments/{segment}", this::show);
    routes.patch(BASE + "/segments/{segment}", this::edit);
    routes.delete(BASE + "/segments/{segment}", this::delete);
    routes.post(BASE + "/segments/{segment}/duplicate", this::duplicate);
    routes.put(BASE + "/segments/{segment}/draft", this::saveDraft);
    routes.delete(BASE + "/segments/{segment}/draft", this::discardDraft);
    routes.post(BASE + "/segments/{segment}/draft/publish", this::publish);
    routes.get(BASE + "/segments/{segment}/draft/impact", this::impact);
    routes.post(BASE + "/segments/{segment}/impact", this::impactOf);
    routes.get(BASE + "/segments/{segment}/members", this::members);
    routes.get(BASE + "/segments/{segment}/why", this::why);
    routes.get(BASE + "/segments/{segment}/history", this::history);
    routes.get(BASE + "/segments/{segment}/changes", this::changes);
    routes.post(BASE + "/preview", this::preview);
  }

  private void list(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    String sort = Optional.ofNullable(ctx.queryParam("sort")).orElse("last_activity");
    boolean descending = descending(ctx, true);
    ctx.json(new SegmentReads(caller.shop()).list(ctx.queryParam("search"), sort, descending, Params.offset(ctx),
        Params.limit(ctx, 50, SegmentReads.MAX_SEGMENTS_PAGE)));
  }

  private void create(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    ObjectNode body = Json.object(ctx.body());
    SegmentRow row = new SegmentCommands(caller.shop()).create(Json.requiredText(body, "name"),
        Json.requiredText(body, "query"), caller.author());
    respond(ctx.status(201), caller, row);
  }

  private void show(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    respond(ctx, caller, segment(ctx, caller));
  }

  private void edit(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    ObjectNode body = Json.object(ctx.body());
    Optional<String> name = Json.text(body, "name");
    Optional<String> query = Json.text(body, "query");
    if (name.isEmpty() && query.isEmpty()) {
      throw ApiProblem.badRequest("send \"name\", \"query\" or both");
    }
    SegmentRow row = new SegmentCommands(caller.shop()).edit(segmentId(ctx), name, query, Params.ifMatch(ctx));
    respond(ctx, caller, row);
  }

  private void delete(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    new SegmentCommands(caller.shop()).delete(segmentId(ctx), Params.ifMatch(ctx));
    ctx.status(204);
  }

  private void duplicate(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    respond(ctx.status(201), caller, new SegmentCommands(caller.shop()).duplicate(segmentId(ctx), caller.author()));
  }

  private void saveDraft(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    String query = Json.requiredText(Json.object(ctx.body()), "query");
    respond(ctx, caller, new SegmentCommands(caller.shop()).saveDraft(segmentId(ctx), query, Params.ifMatch(ctx)));
  }

  private void discardDraft(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    respond(ctx, caller, new SegmentCommands(caller.shop()).discardDraft(segmentId(ctx), Params.ifMatch(ctx)));
  }

  private void publish(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    respond(ctx, caller, new SegmentCommands(caller.shop()).publish(segmentId(ctx), Params.ifMatch(ctx)));
  }

  private void impact(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ctx.json(new SegmentReads(caller.shop()).impact(segment(ctx, caller)));
  }

  /** The impact of any query against the segment's live members, without saving it (the editor's view). */
  private void impactOf(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    String query = Json.requiredText(Json.object(ctx.body()), "query");
    ctx.json(new SegmentReads(caller.shop()).impact(segment(ctx, caller), query));
  }

  private void members(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    SegmentRow row = segment(ctx, caller);
    ctx.json(new SegmentReads(caller.shop()).members(row, sortKey(ctx), descending(ctx, false), Params.offset(ctx),
        Params.limit(ctx, 50, SegmentReads.MAX_MEMBERS_PAGE)));
  }

  private void why(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long customer = Params.longParam(ctx, "customer_id")
        .orElseThrow(() -> ApiProblem.badRequest("'customer_id' is required"));
    ctx.json(new SegmentReads(caller.shop()).why(segment(ctx, caller), customer));
  }

  private void history(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ctx.json(new SegmentReads(caller.shop()).history(segment(ctx, caller), Params.intParam(ctx, "days", 400, 1, 1_000)));
  }

  private void changes(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long after = Params.longParam(ctx, "cursor").orElse(0L);
    if (after < 0) {
      throw ApiProblem.badRequest("'cursor' must not be negative");
    }
    ctx.json(new SegmentReads(caller.shop()).changes(segment(ctx, caller), after,
        Params.limit(ctx, 100, SegmentReads.MAX_MEMBERS_PAGE)));
  }

  private void preview(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ctx.json(new SegmentReads(caller.shop()).preview(Json.requiredText(Json.object(ctx.body()), "query")));
  }

  private static void respond(Context ctx, ShopAccess.Caller caller, SegmentRow row) {
    ctx.header("ETag", "\"" + row.version() + "\"");
    ctx.json(new SegmentReads(caller.shop()).view(row));
  }

  private static long segmentId(Context ctx) {
    return Params.pathId(ctx, "segment");
  }

  private static SegmentRow segment(Context ctx, ShopAccess.Caller caller) {
    return new SegmentCommands(caller.shop()).existing(segmentId(ctx));
  }

  private static boolean descending(Context ctx, boolean byDefault) {
    String order = ctx.queryParam("order");
    if (order == null || order.isBlank()) {
      return byDefault;
    }
    return switch (order.toLowerCase(Locale.ROOT)) {
      case "asc" -> false;
      case "desc" -> true;
      default -> throw ApiProblem.badRequest("'order' must be asc or desc, got '" + order + "'");
    };
  }

  private static SortKey sortKey(Context ctx) {
    String sort = ctx.queryParam("sort");
    if (sort == null || sort.isBlank()) {
      return SortKey.ID;
    }
    try {
      return SortKey.valueOf(sort.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("'sort' must be one of id, amount_spent, number_of_orders, last_order_date, "
          + "first_order_date, customer_added_date, abandoned_checkout_date; got '" + sort + "'");
    }
  }
}
