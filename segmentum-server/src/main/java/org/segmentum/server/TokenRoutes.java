package org.segmentum.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.TokenRow;

/**
 * A shop's API tokens (admin scope): list them (never their secrets), create one (its secret is in the
 * answer once and never again), revoke one (refused from the next request on).
 */
final class TokenRoutes {
  static final String PREFIX = "sgm_api_";
  private static final String BASE = SegmentRoutes.BASE + "/tokens";
  private static final int MAX_NAME = 255;
  private final ShopAccess access;

  TokenRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE, this::list);
    routes.post(BASE, this::create);
    routes.delete(BASE + "/{token}", this::revoke);
  }

  private void list(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    long shopId = caller.shop().shop().id();
    var tokens = caller.shop().storage().read(tx -> tx.tokens().list(shopId));
    ctx.json(Map.of("tokens", tokens.stream().map(TokenRoutes::view).toList()));
  }

  private void create(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    ObjectNode body = Json.object(ctx.body());
    String name = Json.requiredText(body, "name").strip();
    Set<Scope> scopes = scopes(body.get("scopes"));
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw ApiProblem.unprocessable("invalid-token", "\"name\" must not be blank and at most " + MAX_NAME
          + " characters", Map.of());
    }
    String secret = Secrets.newToken(PREFIX);
    long shopId = caller.shop().shop().id();
    Instant now = caller.shop().clock().instant();
    TokenRow row = caller.shop().storage().write(tx -> tx.tokens().create(shopId, name, scopes, Secrets.hash(secret), now));
    Map<String, Object> view = view(row);
    view.put("token", secret);
    ctx.status(201).json(view);
  }

  private void revoke(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    long shopId = caller.shop().shop().id();
    long id = Params.pathId(ctx, "token");
    Instant now = caller.shop().clock().instant();
    if (!caller.shop().storage().write(tx -> tx.tokens().revoke(shopId, id, now))) {
      throw ApiProblem.notFound("shop " + shopId + " has no active token " + id);
    }
    ctx.status(204);
  }

  /** A non-empty array of scope names; a member of another type is a 400, an unknown scope a 422. */
  private static Set<Scope> scopes(JsonNode node) {
    if (node == null || node.isNull()) {
      throw ApiProblem.badRequest("\"scopes\" is required: a list of read, write, admin");
    }
    if (!node.isArray()) {
      throw ApiProblem.badRequest("\"scopes\" must be a list of strings");
    }
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (JsonNode element : node) {
      if (!element.isTextual()) {
        throw ApiProblem.badRequest("\"scopes\" must be a list of strings");
      }
      scopes.add(Scope.parse(element.asText()).orElseThrow(() -> ApiProblem.unprocessable("invalid-token",
          "unknown scope '" + element.asText() + "': use read, write or admin", Map.of())));
    }
    if (scopes.isEmpty()) {
      throw ApiProblem.unprocessable("invalid-token", "\"scopes\" must name at least one of read, write, admin",
          Map.of());
    }
    return scopes;
  }

  private static Map<String, Object> view(TokenRow row) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", row.id());
    view.put("name", row.name());
    view.put("scopes", row.scopes().stream().sorted().map(Scope::wireName).toList());
    view.put("created_at", row.createdAt().toString());
    view.put("last_used_at", row.lastUsedAt().map(Instant::toString).orElse(null));
    view.put("revoked_at", row.revokedAt().map(Instant::toString).orElse(null));
    view.put("active", row.revokedAt().isEmpty());
    return view;
  }
}
