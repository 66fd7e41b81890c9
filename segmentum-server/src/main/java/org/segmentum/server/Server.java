package org.segmentum.server;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.segmentum.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: every shop of a storage, live, behind the JSON API. Start with {@link #start};
 * {@link #close} stops the HTTP server and the background work (the storage stays the caller's).
 */
public final class Server implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);
  private final Javalin app;
  private final ShopRegistry shops;
  private final ScheduledExecutorService clockWork;
  private final WebhookDispatcher webhooks;
  private final CampaignSender campaigns;

  private Server(Javalin app, ShopRegistry shops, ScheduledExecutorService clockWork, WebhookDispatcher webhooks,
      CampaignSender campaigns) {
    this.app = app;
    this.shops = shops;
    this.clockWork = clockWork;
    this.webhooks = webhooks;
    this.campaigns = campaigns;
  }

  /**
   * Loads every shop from storage (reconciling membership), then serves. Time passing is followed every
   * second: a shop-local midnight, an anniversary or a sliding window changes membership as it happens.
   * Webhook events are delivered in the background from the moment they are durable.
   * Campaigns that were sending go on (what was mid-send when the last process stopped is not sent again).
   */
  public static Server start(ServerSettings settings, Storage storage, Clock clock) {
    return start(settings, storage, clock, Sleeper.real());
  }

  /**
   * Starts with a given way of waiting for time to pass (the campaign sender's rate and back-off); see
   * {@link #start(ServerSettings, Storage, Clock)}.
   */
  public static Server start(ServerSettings settings, Storage storage, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    ShopRegistry shops = new ShopRegistry(storage, clock);
    Metrics metrics = new Metrics(shops);
    WebhookDispatcher webhooks = new WebhookDispatcher(storage, clock, new WebhookSender(settings.webhookTimeout()),
        new WebhookMetrics(metrics.registry(), storage));
    shops.onEvents((shop, events) -> {
      metrics.eventsRecorded(events.size());
      webhooks.wake();
    });
    shops.loadAll();
    AdminGuard admin = new AdminGuard(new AdminSessions(clock));
    Auth auth = new Auth(storage, clock, new RateLimiter(settings.writesPerSecond()), admin);
    ShopAccess access = new ShopAccess(shops, auth);
    SecretBox secrets = new SecretBox(settings.secretKey());
    Outbound outbound = new Outbound(storage, secrets, clock);
    CampaignSender campaigns = new CampaignSender(storage, shops, outbound, clock, sleeper);
    Javalin app = Javalin.create(config -> {
      config.jsonMapper(Json.javalinMapper());
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.startup.showJavalinBanner = false;
      Problems.register(config.routes);
      metrics.register(config.routes);
      config.routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(OpenApi.document()));
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "shops", shops.loaded().size())));
      new SegmentRoutes(access).register(config.routes);
      new CatalogRoutes(access).register(config.routes);
      // before ShopRoutes: its POST {shop}/{records} would match POST {shop}/tokens or /webhooks too, and the
      // first match wins
      new WebhookRoutes(access).register(config.routes);
      new TokenRoutes(access).register(config.routes);
      new FeedRoutes(access).register(config.routes);
      new TransferRoutes(access).register(config.routes);
      new MessagingRoutes(access, secrets).register(config.routes);
      new CampaignRoutes(access, campaigns, outbound).register(config.routes);
      new DiscountRoutes(access).register(config.routes);
      new ShopRoutes(access).register(config.routes);
      new RfmRoutes(access).register(config.routes);
      new FeedServing(shops, storage, clock).register(config.routes);
      new AdminRoutes(admin, auth, shops).register(config.routes);
      new AdminAssets(admin).register(config.routes);
    });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      webhooks.close();
      throw e;
    }
    ScheduledExecutorService clockWork = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "segmentum-clock");
      thread.setDaemon(true);
      return thread;
    });
    campaigns.start();
    Server server = new Server(app, shops, clockWork, webhooks, campaigns);
    clockWork.scheduleWithFixedDelay(server::tickSafely, 1, 1, TimeUnit.SECONDS);
    webhooks.start();
    LOG.info("serving {} shops on port {}", shops.loaded().size(), app.port());
    return server;
  }

  /** The port the server listens on (the one chosen when started with port 0). */
  public int port() {
    return app.port();
  }

  /** Every HTTP route as {@code METHOD path} (for the OpenAPI check and the security tests). */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(parsed -> parsed.endpoint.method.isHttpMethod())
        .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
        .distinct().sorted().toList();
  }

  /** Follows the clock now in every shop (the background does this each second; tests call it directly). */
  public void tick() {
    shops.loaded().forEach(ShopRuntime::tick);
  }

  /** The webhook dispatcher (tests drive it with {@code deliverDue()}). */
  WebhookDispatcher webhooks() {
    return webhooks;
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("following the clock failed; retrying in a second", e);
    }
  }

  @Override
  public void close() {
    campaigns.close();
    clockWork.shutdownNow();
    webhooks.close();
    app.stop();
  }
}
