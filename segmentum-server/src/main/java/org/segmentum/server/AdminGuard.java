package org.segmentum.server;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for requests that carry the web admin's session cookie instead of a bearer token.
 *
 * <ul>
 *   <li>The cookie is {@code HttpOnly}, {@code SameSite=Strict}, {@code Path=/}; over https it is also
 *   {@code Secure} and named with the {@code __Host-} prefix, so no other host can set it.</li>
 *   <li>A request whose {@code Origin} is another host, or whose {@code Sec-Fetch-Site} says it comes from
 *   another site, is refused (403) whatever its method.</li>
 *   <li>A request that changes something (any method but GET, HEAD and OPTIONS) must also send the session's
 *   CSRF token in {@code X-CSRF-Token}; the page reads it from {@code GET /admin/session}, never from a
 *   cookie, so another site can neither read nor forge it.</li>
 * </ul>
 */
final class AdminGuard {
  static final String COOKIE = "segmentum_session";
  static final String SECURE_COOKIE = "__Host-segmentum_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AdminSessions sessions;

  AdminGuard(AdminSessions sessions) {
    this.sessions = sessions;
  }

  AdminSessions sessions() {
    return sessions;
  }

  /** The session of the request's cookie, if it has a live one (no cross-site checks: for page loads). */
  Optional<AdminSessions.Session> session(Context ctx) {
    return sessions.use(cookie(ctx));
  }

  /**
   * The session of a request that carries the cookie, checked against cross-site use and, for writes,
   * against the CSRF token; empty when the request has no live session. A failed check is a 403.
   */
  Optional<AdminSessions.Session> authenticate(Context ctx) {
    String id = cookie(ctx);
    if (id == null) {
      return Optional.empty();
    }
    requireSameSite(ctx);
    Optional<AdminSessions.Session> session = sessions.use(id);
    if (session.isPresent() && !SAFE_METHODS.contains(ctx.method().name())) {
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
          session.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
        throw new ApiProblem(403, "csrf", "Forbidden",
            "a change made with the admin session must send its CSRF token in " + CSRF_HEADER);
      }
    }
    return session;
  }

  /** Refuses requests sent by pages of another site (by {@code Origin} and {@code Sec-Fetch-Site}). */
  static void requireSameSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw crossSite();
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameHost(origin, ctx.header("Host"))) {
      throw crossSite();
    }
  }

  /** Whether an origin names the request's own host and port (a TLS proxy in front may change the scheme). */
  private static boolean sameHost(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      String authority = uri.getRawAuthority();
      return authority != null && authority.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ApiProblem crossSite() {
    return new ApiProblem(403, "cross-site", "Forbidden", "requests from other sites are not accepted");
  }

  /**
   * Whether the browser reached the admin over https: directly, or through a proxy that terminates TLS and
   * says so in {@code X-Forwarded-Proto} (trusting it can only make the cookie stricter).
   */
  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  private static String cookie(Context ctx) {
    String value = ctx.cookie(SECURE_COOKIE);
    return value != null ? value : ctx.cookie(COOKIE);
  }

  /** The {@code Set-Cookie} value that holds a new session id. */
  static String sessionCookie(String id, boolean secure) {
    return (secure ? SECURE_COOKIE : COOKIE) + "=" + id + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  /** The {@code Set-Cookie} value that removes the session cookie. */
  static String clearedCookie(boolean secure) {
    return (secure ? SECURE_COOKIE : COOKIE) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
