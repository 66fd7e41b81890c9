package org.segmentum.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.segmentum.storage.Secrets;

/**
 * The web admin's sign-in sessions, held in memory (a restart signs everyone out). A session is opened
 * with an admin token and remembers only the token's hash, so revoking the token ends the session at its
 * next request. The session id (the cookie) and the CSRF token are 256-bit random; the map is keyed by
 * the id's hash, so neither the id nor lookup timing leaks. A session ends after {@link #IDLE} without
 * use or {@link #LONGEST} after sign-in, whichever comes first. Thread-safe.
 */
final class AdminSessions {
  static final Duration IDLE = Duration.ofHours(8);
  static final Duration LONGEST = Duration.ofHours(24);
  private static final int MAX_SESSIONS = 10_000;

  /** One signed-in admin: the shop, the hash of the token used, the CSRF token for writes. */
  record Session(String idHash, long shopId, String tokenHash, String csrfToken, Instant createdAt,
      Instant lastSeenAt) {
    Instant expiresAt() {
      Instant idle = lastSeenAt.plus(IDLE);
      Instant longest = createdAt.plus(LONGEST);
      return idle.isBefore(longest) ? idle : longest;
    }
  }

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  AdminSessions(Clock clock) {
    this.clock = clock;
  }

  /** Opens a session for a shop's admin token (by its hash); returns the new session id. */
  String open(long shopId, String tokenHash) {
    Instant now = clock.instant();
    if (sessions.size() >= MAX_SESSIONS) {
      dropExpired(now);
      sessions.values().stream().min(Comparator.comparing(Session::lastSeenAt))
          .ifPresent(oldest -> sessions.remove(oldest.idHash()));
    }
    String id = Secrets.newToken("");
    String idHash = Secrets.hash(id);
    sessions.put(idHash, new Session(idHash, shopId, tokenHash, Secrets.newToken(""), now, now));
    return id;
  }

  /** The live session with this id, marked as used now; empty when unknown or expired (and then dropped). */
  Optional<Session> use(String id) {
    if (id == null || id.isEmpty() || id.length() > 100) {
      return Optional.empty();
    }
    String idHash = Secrets.hash(id);
    Session session = sessions.get(idHash);
    if (session == null || !Secrets.sameHash(session.idHash(), idHash)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!now.isBefore(session.expiresAt())) {
      sessions.remove(idHash);
      return Optional.empty();
    }
    Session touched = new Session(idHash, session.shopId(), session.tokenHash(), session.csrfToken(),
        session.createdAt(), now);
    sessions.put(idHash, touched);
    return Optional.of(touched);
  }

  /** Ends a session (signing out, or its token was revoked). */
  void close(String idHash) {
    sessions.remove(idHash);
  }

  private void dropExpired(Instant now) {
    sessions.values().removeIf(session -> !now.isBefore(session.expiresAt()));
  }
}
