package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.segmentum.storage.DiscountRow;
import org.segmentum.storage.Scope;

/**
 * Segment-restricted discount codes under {@code /api/v1/shops/{shop}/discounts}: managing codes needs
 * {@code admin}, recording a use {@code write}, reading codes and asking about eligibility {@code read}.
 */
final class DiscountRoutes {
  private static final String BASE = SegmentRoutes.BASE + "/discounts";
  private static final String ONE = BASE + "/{code}";
  static final int MAX_PAGE = 250;
  private final ShopAccess access;

  DiscountRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE, this::list);
    routes.post(BASE, this::create);
    routes.get(ONE, this::show);
    routes.patch(ONE, this::edit);
    routes.delete(ONE, this::delete);
    routes.get(ONE + "/eligibility", this::eligibility);
    routes.get(ONE + "/usages", this::usages);
    routes.post(ONE + "/usages", this::use);
  }

  private void list(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long shopId = caller.shop().shop().id();
    Optional<String> batch = Optional.ofNullable(ctx.queryParam("batch")).filter(text -> !text.isBlank());
    long offset = Params.offset(ctx);
    int limit = Params.limit(ctx, 50, MAX_PAGE);
    List<DiscountRow> rows = caller.shop().storage().read(tx -> tx.discounts().list(shopId, batch, offset, limit));
    long total = caller.shop().storage().read(tx -> tx.discounts().count(shopId, batch));
    DiscountCommands commands = new DiscountCommands(caller.shop());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", total);
    body.put("discounts", rows.stream().map(row -> DiscountViews.discount(row, commands.uses(row))).toList());
    body.put("next_cursor", offset + limit < total ? Params.cursor(offset + limit) : null);
    ctx.json(body);
  }

  private void create(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    ctx.status(201).json(new DiscountCommands(caller.shop()).create(ctx.body()));
  }

  private void show(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    DiscountCommands commands = new DiscountCommands(caller.shop());
    DiscountRow row = commands.existing(ctx.pathParam("code"));
    ctx.json(DiscountViews.discount(row, commands.uses(row)));
  }

  private void edit(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    ctx.json(new DiscountCommands(caller.shop()).edit(ctx.pathParam("code"), ctx.body()));
  }

  private void delete(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    new DiscountCommands(caller.shop()).delete(ctx.pathParam("code"));
    ctx.status(204);
  }

  private void eligibility(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long customer = Params.longParam(ctx, "customer_id")
        .orElseThrow(() -> ApiProblem.badRequest("'customer_id' is required"));
    DiscountRow row = new DiscountCommands(caller.shop()).existing(ctx.pathParam("code"));
    ctx.json(DiscountViews.eligibility(row, customer, new DiscountEligibility(caller.shop()).check(row, customer)));
  }

  private void usages(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    DiscountRow row = new DiscountCommands(caller.shop()).existing(ctx.pathParam("code"));
    long offset = Params.offset(ctx);
    int limit = Params.limit(ctx, 100, 1_000);
    var usages = caller.shop().storage().read(tx -> tx.discounts().usages(row.id(), offset, limit));
    long total = caller.shop().storage().read(tx -> tx.discounts().usageCount(row.id()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", row.code());
    body.put("total", total);
    body.put("usages", usages.stream().map(usage -> DiscountViews.usage(row.code(), usage)).toList());
    body.put("next_cursor", offset + limit < total ? Params.cursor(offset + limit) : null);
    ctx.json(body);
  }

  private void use(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    DiscountCommands commands = new DiscountCommands(caller.shop());
    var usage = commands.use(ctx.pathParam("code"), ctx.body());
    ctx.status(201).json(DiscountViews.usage(commands.existing(ctx.pathParam("code")).code(), usage));
  }
}
