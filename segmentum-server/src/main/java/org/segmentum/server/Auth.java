package org.segmentum.server;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.Storage;
import org.segmentum.storage.TokenRow;

/**
 * Who is calling: a per-shop bearer token ({@code Authorization: Bearer <token>}), looked up by its hash, or
 * else the web admin's session cookie (checked by {@link AdminGuard}), which stands for the token it was
 * opened with.
 * A missing or unknown token is 401; a token of another shop is 404 (it must not learn that the shop
 * exists); a token without the needed scope is 403. Tokens are never logged.
 */
final class Auth {
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private final Storage storage;
  private final Clock clock;
  private final RateLimiter writes;
  private final AdminGuard admin;
  private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

  Auth(Storage storage, Clock clock, RateLimiter writes, AdminGuard admin) {
    this.storage = storage;
    this.clock = clock;
    this.writes = writes;
    this.admin = admin;
  }

  /** The caller's token, checked against the shop of the path and the scope the route needs. */
  TokenRow require(Context ctx, long shopId, Scope needed) {
    TokenRow token = token(ctx).orElseThrow(() -> new ApiProblem(401, "unauthorized", "Unauthorized",
        "send a valid API token as 'Authorization: Bearer <token>'"));
    if (token.shopId() != shopId) {
      throw ApiProblem.notFound("no shop " + shopId);
    }
    if (!token.allows(needed)) {
      throw new ApiProblem(403, "forbidden", "Forbidden", "this token lacks the '" + needed.wireName() + "' scope");
    }
    if (needed != Scope.READ && !writes.tryAcquire(token.id())) {
      ctx.header("Retry-After", "1");
      throw new ApiProblem(429, "rate-limited", "Too many requests", "this token sent too many writes; retry shortly");
    }
    touch(token);
    return token;
  }

  private Optional<TokenRow> token(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      return admin.authenticate(ctx).flatMap(this::find);
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String secret = header.substring(7).trim();
    if (secret.isEmpty() || secret.length() > 200) {
      return Optional.empty();
    }
    return storage.read(tx -> tx.tokens().findActive(Secrets.hash(secret)));
  }

  /** The token a session was opened with, while it is not revoked (a revoked token ends the session). */
  Optional<TokenRow> find(AdminSessions.Session session) {
    Optional<TokenRow> token = storage.read(tx -> tx.tokens().findActive(session.tokenHash()));
    if (token.isEmpty()) {
      admin.sessions().close(session.idHash());
    }
    return token;
  }

  /** The active token with this secret. */
  Optional<TokenRow> find(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    return storage.read(tx -> tx.tokens().findActive(Secrets.hash(secret.strip())));
  }

  private void touch(TokenRow token) {
    Instant now = clock.instant();
    Instant last = touched.get(token.id());
    if (last == null || Duration.between(last, now).compareTo(TOUCH_EVERY) >= 0) {
      touched.put(token.id(), now);
      storage.write(tx -> {
        tx.tokens().touch(token.id(), now);
        return null;
      });
    }
  }
}
