package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.segmentum.storage.FeedRow;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;

/**
 * Managing a segment's secret feeds (admin scope): create one with the fields it may show (its token and
 * URL are in the answer once and never again), list them with their use, revoke one, rotate one (a new
 * token for the same feed settings; the old one stops working at once). Serving them is {@link FeedServing}.
 */
final class FeedRoutes {
  static final String PREFIX = "sgmfeed_";
  private static final String BASE = SegmentRoutes.BASE + "/segments/{segment}/feeds";
  private static final int MAX_NAME = 255;
  private static final String WARNING = "Anyone who has this link can read the chosen fields of every member of "
      + "the segment, which is personal data. Share it only with a party allowed to process it, over a private "
      + "channel; revoke or rotate it when that changes.";
  private final ShopAccess access;

  FeedRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE, this::list);
    routes.post(BASE, this::create);
    routes.delete(BASE + "/{feed}", this::revoke);
    routes.post(BASE + "/{feed}/rotate", this::rotate);
  }

  private void list(Context ctx) {
    Target target = target(ctx);
    var rows = target.shop.storage().read(tx -> tx.feeds().list(target.shopId(), target.segmentId));
    Instant now = target.shop.clock().instant();
    ctx.json(Map.of("feeds", rows.stream().map(row -> view(row, now)).toList()));
  }

  private void create(Context ctx) {
    Target target = target(ctx);
    ObjectNode body = Json.object(ctx.body());
    String name = Json.text(body, "name").map(String::strip).orElse("Feed");
    List<String> fields = fields(body.get("fields"));
    Optional<Instant> expires = expiry(body, target.shop.clock().instant());
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw invalid("\"name\" must not be blank and at most " + MAX_NAME + " characters");
    }
    String secret = Secrets.newToken(PREFIX);
    Instant now = target.shop.clock().instant();
    FeedRow row = target.shop.storage().write(tx -> tx.feeds().create(target.shopId(), target.segmentId, name, fields,
        Secrets.hash(secret), now, expires));
    ctx.status(201).json(withSecret(ctx, view(row, now), secret));
  }

  private void revoke(Context ctx) {
    Target target = target(ctx);
    long id = Params.pathId(ctx, "feed");
    Instant now = target.shop.clock().instant();
    if (!target.shop.storage().write(tx -> tx.feeds().revoke(target.shopId(), target.segmentId, id, now))) {
      throw ApiProblem.notFound("segment " + target.segmentId + " has no active feed " + id);
    }
    ctx.status(204);
  }

  /** A new token with the same name, fields and expiry; the old token is revoked in the same transaction. */
  private void rotate(Context ctx) {
    Target target = target(ctx);
    long id = Params.pathId(ctx, "feed");
    Instant now = target.shop.clock().instant();
    String secret = Secrets.newToken(PREFIX);
    FeedRow row = target.shop.storage().write(tx -> {
      Optional<FeedRow> old = tx.feeds().find(target.shopId(), target.segmentId, id).filter(f -> f.revokedAt().isEmpty());
      if (old.isEmpty()) {
        return null;
      }
      if (!old.get().activeAt(now)) {
        throw new ApiProblem(409, "feed-expired", "Feed expired", "feed " + id + " has expired; create a new feed");
      }
      FeedRow rotated = tx.feeds().create(target.shopId(), target.segmentId, old.get().label(), old.get().fields(),
          Secrets.hash(secret), now, old.get().expiresAt());
      tx.feeds().revoke(target.shopId(), target.segmentId, id, now);
      return rotated;
    });
    if (row == null) {
      throw ApiProblem.notFound("segment " + target.segmentId + " has no active feed " + id);
    }
    ctx.status(201).json(withSecret(ctx, view(row, now), secret));
  }

  /** The shop and an existing segment of it, for an admin. */
  private Target target(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    long segmentId = new SegmentCommands(caller.shop()).existing(Params.pathId(ctx, "segment")).id();
    return new Target(caller.shop(), segmentId);
  }

  private record Target(ShopRuntime shop, long segmentId) {
    long shopId() {
      return shop.shop().id();
    }
  }

  /** A non-empty list of known field names, without repeats; a member of another type is a 400. */
  private static List<String> fields(JsonNode node) {
    if (node == null || node.isNull()) {
      throw ApiProblem.badRequest("\"fields\" is required: a list of " + String.join(", ", FeedField.names()));
    }
    if (!node.isArray()) {
      throw ApiProblem.badRequest("\"fields\" must be a list of strings");
    }
    List<String> fields = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw ApiProblem.badRequest("\"fields\" must be a list of strings");
      }
      String name = element.asText();
      if (FeedField.parse(name).isEmpty()) {
        unknown.add(name);
      } else if (!fields.contains(name)) {
        fields.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiProblem.unprocessable("invalid-feed", "unknown fields " + unknown + ": a feed may show "
          + String.join(", ", FeedField.names()), Map.of("unknown_fields", unknown, "allowed_fields", FeedField.names()));
    }
    if (fields.isEmpty()) {
      throw invalid("\"fields\" must name at least one of " + String.join(", ", FeedField.names()));
    }
    return fields;
  }

  private static Optional<Instant> expiry(ObjectNode body, Instant now) {
    Optional<String> text = Json.text(body, "expires_at");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Instant expires;
    try {
      expires = Instant.parse(text.get().strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("\"expires_at\" must be an ISO-8601 instant such as 2026-12-31T23:59:59Z");
    }
    if (!expires.isAfter(now)) {
      throw invalid("\"expires_at\" must be in the future");
    }
    return Optional.of(expires);
  }

  private static ApiProblem invalid(String detail) {
    return ApiProblem.unprocessable("invalid-feed", detail, Map.of());
  }

  private static Map<String, Object> withSecret(Context ctx, Map<String, Object> view, String secret) {
    view.put("token", secret);
    view.put("url", ctx.scheme() + "://" + ctx.host() + FeedServing.PATH_PREFIX + secret);
    view.put("warning", WARNING);
    return view;
  }

  static Map<String, Object> view(FeedRow row, Instant now) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("segment_id", row.segmentId());
    view.put("name", row.label());
    view.put("fields", row.fields());
    view.put("created_at", row.createdAt().toString());
    view.put("expires_at", row.expiresAt().map(Instant::toString).orElse(null));
    view.put("revoked_at", row.revokedAt().map(Instant::toString).orElse(null));
    view.put("active", row.activeAt(now));
    view.put("use_count", row.useCount());
    view.put("last_used_at", row.lastUsedAt().map(Instant::toString).orElse(null));
    view.put("last_used_from", row.lastUsedFrom().orElse(null));
    return view;
  }
}
