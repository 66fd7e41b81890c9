package org.segmentum.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;

/** Reading path, query and header parameters; a bad one is a 400 naming it. */
final class Params {
  private Params() {
  }

  static long pathId(Context ctx, String name) {
    String text = ctx.pathParam(name);
    try {
      long value = Long.parseLong(text);
      if (value < 0) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("'" + text + "' is not a valid " + name + " id");
    }
  }

  static int limit(Context ctx, int defaultLimit, int maxLimit) {
    return intParam(ctx, "limit", defaultLimit, 1, maxLimit);
  }

  static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value < min || value > max) {
        throw ApiProblem.badRequest("'" + name + "' must be between " + min + " and " + max + ", got " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("'" + name + "' must be a whole number, got '" + text + "'");
    }
  }

  static Optional<Long> longParam(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("'" + name + "' must be an id, got '" + text + "'");
    }
  }

  /** The version an {@code If-Match} header names ({@code 3}, {@code "3"} or {@code W/"3"}), if any. */
  static OptionalInt ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return OptionalInt.empty();
    }
    String text = header.trim().replaceFirst("^W/", "").replace("\"", "");
    try {
      return OptionalInt.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("If-Match must name a segment version such as \"3\", got " + header);
    }
  }

  /** An opaque cursor for an offset into a listing. */
  static String cursor(long offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset a cursor stands for (0 without a cursor); a cursor that was not made here is a 400. */
  static long offset(Context ctx) {
    String cursor = ctx.queryParam("cursor");
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
      if (!text.startsWith("o:")) {
        throw new IllegalArgumentException();
      }
      long offset = Long.parseLong(text.substring(2));
      if (offset < 0) {
        throw new IllegalArgumentException();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("'cursor' is not a cursor this service gave out: " + cursor);
    }
  }
}
