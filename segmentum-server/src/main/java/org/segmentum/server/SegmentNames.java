package org.segmentum.server;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segment naming rules (SERVICE.md §1): trimmed, not blank, at most 255 characters; a taken name gets the
 * next free counter, {@code Foo} → {@code Foo (2)}, {@code Foo (2)} → {@code Foo (3)}.
 */
final class SegmentNames {
  static final int MAX_LENGTH = 255;
  private static final Pattern COUNTER = Pattern.compile("^(.*) \\((\\d{1,9})\\)$");

  private SegmentNames() {
  }

  /** Why a name is not acceptable, or empty when it is (after trimming). */
  static Optional<String> problem(String name) {
    String trimmed = name.strip();
    if (trimmed.isEmpty()) {
      return Optional.of("the name must not be blank");
    }
    if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
      return Optional.of("the name must be at most " + MAX_LENGTH + " characters");
    }
    return Optional.empty();
  }

  /** The trimmed name, or the first free counter form of it. */
  static String free(String name, Predicate<String> taken) {
    String candidate = name.strip();
    if (!taken.test(candidate)) {
      return candidate;
    }
    Matcher matcher = COUNTER.matcher(candidate);
    String base = matcher.matches() ? matcher.group(1) : candidate;
    int counter = matcher.matches() ? Integer.parseInt(matcher.group(2)) + 1 : 2;
    while (true) {
      String suffix = " (" + counter + ")";
      String stem = base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
      String next = stem + suffix;
      if (!taken.test(next)) {
        return next;
      }
      counter++;
    }
  }
}
