package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.segmentum.storage.Scope;

/**
 * A shop's messaging settings under {@code /api/v1/shops/{shop}/settings}: the SMTP server and the
 * provider webhook of each other channel. All need {@code admin}; secrets are write-only.
 */
final class MessagingRoutes {
  private static final String BASE = SegmentRoutes.BASE + "/settings";
  private final ShopAccess access;
  private final SecretBox secrets;

  MessagingRoutes(ShopAccess access, SecretBox secrets) {
    this.access = access;
    this.secrets = secrets;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/smtp", ctx -> ctx.json(commands(ctx).smtp()));
    routes.put(BASE + "/smtp", ctx -> {
      MessagingSettingsCommands commands = commands(ctx);
      ctx.json(commands.saveSmtp(ctx.body()));
    });
    routes.delete(BASE + "/smtp", ctx -> {
      commands(ctx).deleteSmtp();
      ctx.status(204);
    });
    routes.get(BASE + "/channels", ctx -> ctx.json(commands(ctx).providers()));
    routes.get(BASE + "/channels/{channel}", ctx -> {
      MessagingSettingsCommands commands = commands(ctx);
      ctx.json(commands.provider(channel(ctx)));
    });
    routes.put(BASE + "/channels/{channel}", ctx -> {
      MessagingSettingsCommands commands = commands(ctx);
      ctx.json(commands.saveProvider(channel(ctx), ctx.body()));
    });
    routes.delete(BASE + "/channels/{channel}", ctx -> {
      MessagingSettingsCommands commands = commands(ctx);
      commands.deleteProvider(channel(ctx));
      ctx.status(204);
    });
  }

  /** Checks the token (admin) first, before anything of the request is looked at. */
  private MessagingSettingsCommands commands(Context ctx) {
    return new MessagingSettingsCommands(access.require(ctx, Scope.ADMIN).shop(), secrets);
  }

  private static CampaignChannel channel(Context ctx) {
    String text = ctx.pathParam("channel");
    return CampaignChannel.parse(text).filter(channel -> channel != CampaignChannel.EMAIL)
        .orElseThrow(() -> ApiProblem.notFound("no provider channel '" + text + "': sms, messenger or viber "
            + "(email goes through …/settings/smtp)"));
  }
}
