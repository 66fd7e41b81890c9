package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.TokenRow;

/**
 * Signing in to the web admin and out again: {@code POST /admin/login} takes an admin token (a form field or
 * JSON member {@code token}) and opens a session cookie; {@code GET /admin/session} tells the page who is
 * signed in and hands it the CSRF token; {@code POST /admin/logout} ends the session. The pages themselves
 * are {@link AdminAssets}.
 */
final class AdminRoutes {
  private final AdminGuard guard;
  private final Auth auth;
  private final ShopRegistry shops;

  AdminRoutes(AdminGuard guard, Auth auth, ShopRegistry shops) {
    this.guard = guard;
    this.auth = auth;
    this.shops = shops;
  }

  void register(RoutesConfig routes) {
    routes.post("/admin/login", this::login);
    routes.post("/admin/logout", this::logout);
    routes.get("/admin/session", this::session);
  }

  private void login(Context ctx) {
    AdminAssets.secureHeaders(ctx);
    AdminGuard.requireSameSite(ctx);
    boolean form = !isJson(ctx);
    String secret = form ? ctx.formParam("token") : Json.text(Json.object(ctx.body()), "token").orElse(null);
    Optional<TokenRow> token = auth.find(secret);
    if (token.isEmpty() || !token.get().allows(Scope.ADMIN)) {
      if (form) {
        ctx.redirect("/admin/login?failed=" + (token.isEmpty() ? "token" : "scope"), HttpStatus.SEE_OTHER);
        return;
      }
      throw token.isEmpty()
          ? new ApiProblem(401, "unauthorized", "Unauthorized", "this token is not valid")
          : new ApiProblem(403, "forbidden", "Forbidden", "signing in to the admin needs a token with the 'admin' scope");
    }
    String id = guard.sessions().open(token.get().shopId(), Secrets.hash(secret.strip()));
    ctx.header("Set-Cookie", AdminGuard.sessionCookie(id, AdminGuard.secure(ctx)));
    if (form) {
      ctx.redirect("/admin/", HttpStatus.SEE_OTHER);
    } else {
      ctx.json(Map.of("shop_id", token.get().shopId()));
    }
  }

  private void logout(Context ctx) {
    AdminAssets.secureHeaders(ctx);
    guard.authenticate(ctx).ifPresent(session -> guard.sessions().close(session.idHash()));
    ctx.header("Set-Cookie", AdminGuard.clearedCookie(AdminGuard.secure(ctx)));
    ctx.status(204);
  }

  /** Who is signed in, the shop, when the session ends, and the CSRF token the page sends with changes. */
  private void session(Context ctx) {
    AdminAssets.secureHeaders(ctx);
    ctx.header("Cache-Control", "no-store");
    AdminSessions.Session session = guard.authenticate(ctx).orElseThrow(AdminRoutes::signedOut);
    TokenRow token = auth.find(session).orElseThrow(AdminRoutes::signedOut);
    ShopRuntime shop = shops.find(session.shopId()).orElseThrow(AdminRoutes::signedOut);
    Map<String, Object> shopView = new LinkedHashMap<>();
    shopView.put("id", shop.shop().id());
    shopView.put("name", shop.shop().name());
    shopView.put("timezone", shop.shop().timezone().getId());
    shopView.put("currency", shop.shop().currency());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("shop", shopView);
    body.put("token_name", token.name());
    body.put("csrf_token", session.csrfToken());
    body.put("expires_at", session.expiresAt().toString());
    ctx.json(body);
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  private static ApiProblem signedOut() {
    return new ApiProblem(401, "unauthorized", "Unauthorized", "not signed in to the admin");
  }
}
