package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.segmentum.storage.Secrets;

/**
 * The web admin's files, served from the classpath folder {@code admin/} under {@code /admin/}: a path with
 * a file extension is that file; any other path is a page of the admin, answered with {@code index.html}
 * (the page's script shows the right view), or with the sign-in page when there is no session. Every answer
 * carries a strict Content-Security-Policy (scripts, styles and data only from this server, no inline
 * script, no framing), {@code nosniff} and no referrer. Files are read once and cached with an ETag.
 */
final class AdminAssets {
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'none'";
  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\\.[a-z0-9]+)?");
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
      "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "txt", "text/plain; charset=utf-8");

  private record Asset(byte[] bytes, String type, String etag) {
  }

  private final AdminGuard guard;
  private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

  AdminAssets(AdminGuard guard) {
    this.guard = guard;
  }

  void register(RoutesConfig routes) {
    routes.get("/admin", this::page); // also "/admin/": trailing slashes are ignored
    routes.get("/admin/login", this::login);
    routes.get("/admin/<path>", this::file);
  }

  /** The headers every admin answer carries. */
  static void secureHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  private void page(Context ctx) {
    if (guard.session(ctx).isEmpty()) {
      secureHeaders(ctx);
      ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
      return;
    }
    send(ctx, "index.html");
  }

  private void login(Context ctx) {
    if (guard.session(ctx).isPresent()) {
      secureHeaders(ctx);
      ctx.redirect("/admin/", HttpStatus.SEE_OTHER);
      return;
    }
    send(ctx, "login.html");
  }

  private void file(Context ctx) {
    String path = ctx.pathParam("path");
    if (!SAFE_PATH.matcher(path).matches()) {
      throw ApiProblem.notFound("no such file: " + ctx.path());
    }
    if (path.indexOf('.') < 0) {
      page(ctx);
      return;
    }
    send(ctx, path);
  }

  private void send(Context ctx, String path) {
    Asset asset = cache.computeIfAbsent(path, AdminAssets::load)
        .orElseThrow(() -> ApiProblem.notFound("no such file: " + ctx.path()));
    secureHeaders(ctx);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", asset.etag());
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.type());
    ctx.result(asset.bytes());
  }

  private static Optional<Asset> load(String path) {
    String extension = path.substring(path.lastIndexOf('.') + 1);
    String type = TYPES.get(extension);
    if (type == null) {
      return Optional.empty();
    }
    try (InputStream in = AdminAssets.class.getClassLoader().getResourceAsStream("admin/" + path)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      String etag = "\"" + Secrets.hash(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).substring(0, 20) + "\"";
      return Optional.of(new Asset(bytes, type, etag));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
