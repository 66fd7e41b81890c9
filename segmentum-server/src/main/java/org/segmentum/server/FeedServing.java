package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.segmentum.engine.Membership;
import org.segmentum.query.Validation;
import org.segmentum.storage.FeedRow;
import org.segmentum.storage.SegmentRow;
import org.segmentum.storage.Secrets;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StoredEvent;

/**
 * {@code GET /feeds/<token>}: a segment's members, or its joined/left changes after a cursor, with only the
 * fields the merchant allowed (SERVICE.md §2, docs/feeds.md). The token is the only credential: it is looked
 * up by its hash and compared in constant time, and an unknown, revoked or expired token, or one whose segment
 * is gone, gets one and the same 404. Every answered request is counted with its time and remote address.
 *
 * <p>The members' snapshot is taken after its cursor is read, so no change after the cursor is missing from
 * it; a change may be in both (apply changes idempotently).
 */
final class FeedServing {
  static final String PATH_PREFIX = "/feeds/";
  static final int MAX_CHANGES = 10_000;
  private static final int MAX_TOKEN = 200;
  private final ShopRegistry shops;
  private final Storage storage;
  private final Clock clock;

  FeedServing(ShopRegistry shops, Storage storage, Clock clock) {
    this.shops = shops;
    this.storage = storage;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH_PREFIX + "{token}", this::serve);
  }

  /** I/O failures (a client that went away) are left to the HTTP layer, which treats aborts quietly. */
  private void serve(Context ctx) throws IOException {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Robots-Tag", "noindex");
    Feed feed = feed(ctx.pathParam("token"));
    Instant now = clock.instant();
    storage.write(tx -> {
      tx.feeds().recordUse(feed.row.id(), now, ctx.ip());
      return null;
    });
    FeedOutput.Format format = format(ctx);
    Optional<Long> since = since(ctx);
    int limit = Params.intParam(ctx, "limit", 1_000, 1, MAX_CHANGES);
    ctx.status(200).contentType(format.contentType);
    if (since.isPresent()) {
      changes(ctx, feed, format, since.get(), limit);
    } else {
      members(ctx, feed, format);
    }
  }

  private void members(Context ctx, Feed feed, FeedOutput.Format format) throws IOException {
    long cursor = storage.read(tx -> tx.memberships().lastSequence(feed.shopId(), feed.segment.id()));
    Membership members = membership(feed);
    ctx.header("Segmentum-Cursor", Long.toString(cursor));
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("segment_id", feed.segment.id());
    head.put("generated_at", feed.shop.now().toString());
    head.put("cursor", Long.toString(cursor));
    try (FeedOutput out = FeedOutput.start(format, feed.fields, ctx.outputStream(), head, "members")) {
      for (var rows = members.rows().iterator(); rows.hasNext(); ) {
        Membership.MemberRow row = rows.next();
        out.member(new FeedField.Member(row.customerId(), feed.shop.live().customer(row.customerId()),
            Optional.of(row)));
      }
      out.finish(Map.of("count", out.rows()));
    }
  }

  private void changes(Context ctx, Feed feed, FeedOutput.Format format, long since, int limit) throws IOException {
    List<StoredEvent> events = storage.read(tx -> tx.memberships().eventsAfter(feed.shopId(), feed.segment.id(),
        since, limit + 1));
    boolean more = events.size() > limit;
    List<StoredEvent> page = more ? events.subList(0, limit) : events;
    String next = Long.toString(page.isEmpty() ? since : page.get(page.size() - 1).seq());
    ctx.header("Segmentum-Cursor", next);
    ctx.header("Segmentum-Has-More", Boolean.toString(more));
    Membership facts = membership(feed);
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("segment_id", feed.segment.id());
    head.put("since", Long.toString(since));
    try (FeedOutput out = FeedOutput.start(format, feed.fields, ctx.outputStream(), head, "changes")) {
      for (StoredEvent event : page) {
        long id = event.customerId();
        out.change(event, new FeedField.Member(id, feed.shop.live().customer(id), facts.row(id)));
      }
      Map<String, Object> tail = new LinkedHashMap<>();
      tail.put("next_cursor", next);
      tail.put("has_more", more);
      out.finish(tail);
    }
  }

  /** The segment's members now (the facts of any customer can be read from it too). */
  private static Membership membership(Feed feed) {
    return switch (feed.shop.validate(feed.segment.query())) {
      case Validation.Valid valid -> feed.shop.live().engine().evaluate(valid.query(), feed.shop.now());
      case Validation.Invalid invalid -> throw ApiProblem.unprocessable("invalid-query",
          "the segment's query no longer checks: " + invalid.diagnostics().get(0).render(), Map.of());
    };
  }

  /** The usable feed of a token, or the one 404 every other token gets. */
  private Feed feed(String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN) {
      throw unknown();
    }
    Optional<FeedRow> row = storage.read(tx -> tx.feeds().findUsable(Secrets.hash(token), clock.instant()));
    if (row.isEmpty()) {
      throw unknown();
    }
    ShopRuntime shop = shops.find(row.get().shopId()).orElseThrow(FeedServing::unknown);
    SegmentRow segment = shop.segment(row.get().segmentId()).orElseThrow(FeedServing::unknown);
    List<FeedField> fields = row.get().fields().stream().map(FeedField::parse).flatMap(Optional::stream).toList();
    return new Feed(row.get(), shop, segment, fields);
  }

  private record Feed(FeedRow row, ShopRuntime shop, SegmentRow segment, List<FeedField> fields) {
    long shopId() {
      return shop.shop().id();
    }
  }

  private static FeedOutput.Format format(Context ctx) {
    String text = ctx.queryParam("format");
    if (text == null || text.isBlank()) {
      return FeedOutput.Format.JSON;
    }
    return FeedOutput.Format.parse(text.strip()).orElseThrow(() -> ApiProblem.badRequest(
        "'format' must be json, ndjson or csv"));
  }

  private static Optional<Long> since(Context ctx) {
    String text = ctx.queryParam("since");
    if (text == null) {
      return Optional.empty();
    }
    try {
      long cursor = Long.parseLong(text.strip());
      if (cursor < 0) {
        throw new NumberFormatException();
      }
      return Optional.of(cursor);
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("'since' must be a cursor this feed gave out (a whole number)");
    }
  }

  private static ApiProblem unknown() {
    return ApiProblem.notFound("no such feed");
  }
}
