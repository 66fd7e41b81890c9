package org.segmentum.server;

import io.javalin.http.Context;
import org.segmentum.storage.Scope;
import org.segmentum.storage.TokenRow;

/** Resolves the shop of a {@code /api/v1/shops/{shop}/…} request for an authorised caller. */
final class ShopAccess {
  /** The shop and the caller's token. */
  record Caller(ShopRuntime shop, TokenRow token) {
    /** The author recorded for changes made by this caller: the token's name. */
    String author() {
      return token.name();
    }
  }

  private final ShopRegistry registry;
  private final Auth auth;

  ShopAccess(ShopRegistry registry, Auth auth) {
    this.registry = registry;
    this.auth = auth;
  }

  Caller require(Context ctx, Scope needed) {
    long shopId = Params.pathId(ctx, "shop");
    TokenRow token = auth.require(ctx, shopId, needed);
    ShopRuntime shop = registry.find(shopId).orElseThrow(() -> ApiProblem.notFound("no shop " + shopId));
    return new Caller(shop, token);
  }
}
