package org.segmentum.storage;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may do. Scopes are ordered: {@code admin} includes {@code write}, which includes
 * {@code read}; a route names the least scope it needs.
 */
public enum Scope {
  READ,
  WRITE,
  ADMIN;

  /** Whether a token holding this scope may use a route that needs {@code needed}. */
  public boolean includes(Scope needed) {
    return compareTo(needed) >= 0;
  }

  /** The lower-case name used on the wire and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Scope> parse(String text) {
    for (Scope scope : values()) {
      if (scope.wireName().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }
}
