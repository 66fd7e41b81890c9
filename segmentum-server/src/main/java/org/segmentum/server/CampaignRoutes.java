package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import org.segmentum.storage.CampaignRow;
import org.segmentum.storage.CampaignStatus;
import org.segmentum.storage.RecipientStatus;
import org.segmentum.storage.Scope;

/**
 * The campaign routes of SERVICE.md §2 under {@code /api/v1/shops/{shop}}: changing and sending campaigns
 * needs {@code admin}; reading them, their recipients and previews needs {@code read}.
 */
final class CampaignRoutes {
  private static final String BASE = SegmentRoutes.BASE + "/campaigns";
  private static final String ONE = BASE + "/{campaign}";
  private final ShopAccess access;
  private final CampaignSender sender;
  private final Outbound outbound;

  CampaignRoutes(ShopAccess access, CampaignSender sender, Outbound outbound) {
    this.access = access;
    this.sender = sender;
    this.outbound = outbound;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE, this::list);
    routes.post(BASE, this::create);
    routes.post(BASE + "/preview", this::previewContent);
    routes.get(ONE, this::show);
    routes.patch(ONE, this::edit);
    routes.delete(ONE, this::delete);
    routes.post(ONE + "/send", ctx -> change(ctx, (commands, id) -> commands.send(id), 202));
    routes.post(ONE + "/pause", ctx -> change(ctx, (commands, id) -> commands.pause(id), 200));
    routes.post(ONE + "/resume", ctx -> change(ctx, (commands, id) -> commands.resume(id), 200));
    routes.post(ONE + "/cancel", ctx -> change(ctx, (commands, id) -> commands.cancel(id), 200));
    routes.post(ONE + "/test", this::testSend);
    routes.get(ONE + "/preview", this::preview);
    routes.get(ONE + "/recipients", this::recipients);
    routes.get(ONE + "/recipients/export", this::export);
  }

  private interface Change {
    CampaignRow apply(CampaignCommands commands, long id);
  }

  private void list(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    Optional<CampaignStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank())
        .map(text -> parse(CampaignStatus.class, text, "status"));
    ctx.json(new CampaignReads(caller.shop()).list(status, Params.offset(ctx),
        Params.limit(ctx, 50, CampaignReads.MAX_CAMPAIGNS_PAGE)));
  }

  private void create(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    CampaignRow row = commands(caller).create(ctx.body(), caller.author());
    ctx.status(201).json(new CampaignReads(caller.shop()).view(row));
  }

  private void show(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ctx.json(new CampaignReads(caller.shop()).view(campaign(ctx, caller)));
  }

  private void edit(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    ctx.json(new CampaignReads(caller.shop()).view(commands(caller).edit(campaignId(ctx), ctx.body())));
  }

  private void delete(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    commands(caller).delete(campaignId(ctx));
    ctx.status(204);
  }

  private void change(Context ctx, Change change, int status) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    CampaignRow row = change.apply(commands(caller), campaignId(ctx));
    ctx.status(status).json(new CampaignReads(caller.shop()).view(row));
  }

  private void testSend(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    ctx.json(new CampaignPreviews(caller.shop(), outbound).testSend(campaign(ctx, caller), ctx.body()));
  }

  private void preview(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long customer = Params.longParam(ctx, "customer_id")
        .orElseThrow(() -> ApiProblem.badRequest("'customer_id' is required"));
    ctx.json(new CampaignPreviews(caller.shop(), outbound).preview(campaign(ctx, caller), customer));
  }

  private void previewContent(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    ctx.json(new CampaignPreviews(caller.shop(), outbound).preview(ctx.body()));
  }

  private void recipients(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    Optional<RecipientStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank())
        .map(text -> parse(RecipientStatus.class, text, "status"));
    ctx.json(new CampaignReads(caller.shop()).recipients(campaign(ctx, caller), status, Params.offset(ctx),
        Params.limit(ctx, 100, CampaignReads.MAX_RECIPIENTS_PAGE)));
  }

  private void export(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    CampaignRow campaign = campaign(ctx, caller);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"campaign-" + campaign.id() + "-recipients.csv\"");
    new CampaignReads(caller.shop()).export(campaign, ctx.outputStream());
  }

  private CampaignCommands commands(ShopAccess.Caller caller) {
    return new CampaignCommands(caller.shop(), sender, outbound);
  }

  private CampaignRow campaign(Context ctx, ShopAccess.Caller caller) {
    return commands(caller).existing(campaignId(ctx));
  }

  private static long campaignId(Context ctx) {
    return Params.pathId(ctx, "campaign");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String name) {
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("'" + name + "' must be one of " + java.util.Arrays.stream(type.getEnumConstants())
          .map(value -> value.name().toLowerCase(java.util.Locale.ROOT)).toList() + ", got '" + text + "'");
    }
  }
}
