package org.segmentum.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentum.storage.DeliveryRow;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.WebhookRow;
import org.segmentum.storage.WebhookTopic;

/** Webhook subscriptions and their delivery log (SERVICE.md §2): admin scope to change, read scope to look. */
final class WebhookRoutes {
  private static final String BASE = SegmentRoutes.BASE + "/webhooks";
  private static final int MAX_URL_LENGTH = 2_048;
  private static final int MAX_DELIVERIES_PAGE = 250;
  private final ShopAccess access;

  WebhookRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.post(BASE, this::create);
    routes.get(BASE, this::list);
    routes.get(BASE + "/{webhook}", this::show);
    routes.delete(BASE + "/{webhook}", this::delete);
    routes.get(BASE + "/{webhook}/deliveries", this::deliveries);
  }

  private void create(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    ObjectNode body = Json.object(ctx.body());
    String topicText = Json.requiredText(body, "topic");
    String url = Json.requiredText(body, "url").strip();
    Optional<WebhookTopic> topic = WebhookTopic.parse(topicText);
    List<Map<String, Object>> errors = new ArrayList<>();
    if (topic.isEmpty()) {
      errors.add(fieldError("topic", "'" + topicText + "' is not a topic; use one of " + topics()));
    }
    urlProblem(url).ifPresent(problem -> errors.add(fieldError("url", problem)));
    if (!errors.isEmpty()) {
      throw ApiProblem.unprocessable("invalid-webhook", errors.size() == 1 ? (String) errors.get(0).get("message")
          : "the topic and the URL have problems", Map.of("errors", errors));
    }
    ShopRuntime shop = caller.shop();
    String secret = Secrets.newToken("whsec_");
    WebhookRow row = shop.storage().write(tx -> tx.webhooks().create(shop.shop().id(), topic.get(), url, secret,
        shop.clock().instant()));
    ctx.status(201).header("Location", ctx.path() + "/" + row.id()).json(WebhookViews.created(row));
  }

  private void list(Context ctx) {
    ShopRuntime shop = access.require(ctx, Scope.READ).shop();
    List<Map<String, Object>> views = shop.storage().read(tx -> {
      List<Map<String, Object>> found = new ArrayList<>();
      for (WebhookRow row : tx.webhooks().list(shop.shop().id())) {
        found.add(WebhookViews.webhook(row, tx.outbox().pending(row)));
      }
      return found;
    });
    ctx.json(Map.of("webhooks", views));
  }

  private void show(Context ctx) {
    ShopRuntime shop = access.require(ctx, Scope.READ).shop();
    WebhookRow row = existing(ctx, shop);
    ctx.json(WebhookViews.webhook(row, shop.storage().read(tx -> tx.outbox().pending(row))));
  }

  private void delete(Context ctx) {
    ShopRuntime shop = access.require(ctx, Scope.ADMIN).shop();
    long id = Params.pathId(ctx, "webhook");
    if (!shop.storage().write(tx -> tx.webhooks().deactivate(shop.shop().id(), id))) {
      throw notFound(shop, id);
    }
    ctx.status(204);
  }

  /** The delivery log, newest first; {@code cursor} is the id of the last attempt of the previous page. */
  private void deliveries(Context ctx) {
    ShopRuntime shop = access.require(ctx, Scope.READ).shop();
    WebhookRow row = existing(ctx, shop);
    long before = Params.longParam(ctx, "cursor").orElse(Long.MAX_VALUE);
    if (before <= 0) {
      throw ApiProblem.badRequest("'cursor' must be a positive delivery id");
    }
    int limit = Params.limit(ctx, 50, MAX_DELIVERIES_PAGE);
    List<DeliveryRow> page = shop.storage().read(tx -> tx.webhookDeliveries().newestFirst(row.id(), before, limit));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("webhook_id", row.id());
    body.put("deliveries", page.stream().map(WebhookViews::delivery).toList());
    body.put("next_cursor", page.size() < limit ? null : Long.toString(page.get(page.size() - 1).id()));
    ctx.json(body);
  }

  private static WebhookRow existing(Context ctx, ShopRuntime shop) {
    long id = Params.pathId(ctx, "webhook");
    return shop.storage().read(tx -> tx.webhooks().find(shop.shop().id(), id)).orElseThrow(() -> notFound(shop, id));
  }

  private static ApiProblem notFound(ShopRuntime shop, long id) {
    return ApiProblem.notFound("shop " + shop.shop().id() + " has no webhook " + id);
  }

  /** What is wrong with a receiver URL: it must be an absolute http or https URL with a host. */
  static Optional<String> urlProblem(String url) {
    if (url.isEmpty()) {
      return Optional.of("the URL is empty");
    }
    if (url.length() > MAX_URL_LENGTH) {
      return Optional.of("the URL is longer than " + MAX_URL_LENGTH + " characters");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
        return Optional.of("the URL must be an absolute http or https URL, got '" + url + "'");
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.of("the URL has no host: '" + url + "'");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("the URL is malformed: " + e.getMessage());
    }
  }

  private static String topics() {
    return String.join(", ", Arrays.stream(WebhookTopic.values()).map(WebhookTopic::wireName).toList());
  }

  private static Map<String, Object> fieldError(String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }
}
