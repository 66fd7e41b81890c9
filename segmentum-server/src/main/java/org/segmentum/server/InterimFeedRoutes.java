package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.segmentum.storage.Scope;
import org.segmentum.storage.Secrets;

/**
 * A minimal form of the secret feed links of SERVICE.md §2, held in memory: {@code POST/GET
 * .../segments/{segment}/feeds}, {@code DELETE .../feeds/{id}} and the public {@code GET /feeds/{token}},
 * which answers the members' ids, names and emails as JSON. Tokens are 256-bit, shown once, kept only as a
 * hash; each use records when and from which address. Kept on its own so that the stored, field-limited
 * feeds of SERVICE.md §2 replace it whole.
 */
final class InterimFeedRoutes {
  private record Feed(long id, long shopId, long segmentId, String tokenHash, Instant createdAt,
      Optional<Instant> lastUsedAt, Optional<String> lastUsedFrom) {
  }

  private final ShopAccess access;
  private final ShopRegistry shops;
  private final Map<Long, Feed> feeds = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  InterimFeedRoutes(ShopAccess access, ShopRegistry shops) {
    this.access = access;
    this.shops = shops;
  }

  void register(RoutesConfig routes) {
    String base = SegmentRoutes.BASE + "/segments/{segment}/feeds";
    routes.post(base, this::create);
    routes.get(base, this::list);
    routes.delete(base + "/{feed}", this::revoke);
    routes.get("/feeds/{token}", this::read);
  }

  private void create(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    long segment = new SegmentCommands(caller.shop()).existing(Params.pathId(ctx, "segment")).id();
    String token = Secrets.newToken("sgf_");
    Feed feed = new Feed(ids.incrementAndGet(), caller.shop().shop().id(), segment, Secrets.hash(token),
        caller.shop().clock().instant(), Optional.empty(), Optional.empty());
    feeds.put(feed.id(), feed);
    Map<String, Object> body = view(feed);
    body.put("token", token);
    body.put("url", ctx.scheme() + "://" + ctx.host() + "/feeds/" + token);
    ctx.status(201).json(body);
  }

  private void list(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    long segment = new SegmentCommands(caller.shop()).existing(Params.pathId(ctx, "segment")).id();
    List<Map<String, Object>> found = new ArrayList<>();
    feeds.values().stream().filter(f -> f.shopId() == caller.shop().shop().id() && f.segmentId() == segment)
        .sorted(java.util.Comparator.comparingLong(Feed::id)).forEach(f -> found.add(view(f)));
    ctx.json(Map.of("feeds", found));
  }

  private void revoke(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.ADMIN);
    long segment = Params.pathId(ctx, "segment");
    long id = Params.pathId(ctx, "feed");
    Feed feed = feeds.get(id);
    if (feed == null || feed.shopId() != caller.shop().shop().id() || feed.segmentId() != segment) {
      throw ApiProblem.notFound("segment " + segment + " has no feed " + id);
    }
    feeds.remove(id);
    ctx.status(204);
  }

  private void read(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    String hash = Secrets.hash(ctx.pathParam("token"));
    Feed feed = feeds.values().stream().filter(f -> Secrets.sameHash(f.tokenHash(), hash)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("no such feed"));
    ShopRuntime shop = shops.find(feed.shopId()).orElseThrow(() -> ApiProblem.notFound("no such feed"));
    if (shop.segment(feed.segmentId()).isEmpty()) {
      throw ApiProblem.notFound("no such feed");
    }
    feeds.computeIfPresent(feed.id(), (id, f) -> new Feed(f.id(), f.shopId(), f.segmentId(), f.tokenHash(),
        f.createdAt(), Optional.of(shop.clock().instant()), Optional.of(ctx.ip())));
    List<Map<String, Object>> members = new ArrayList<>();
    for (long id : shop.live().members(ShopRuntime.key(feed.segmentId()))) {
      shop.live().customer(id).ifPresent(customer -> {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", customer.id());
        member.put("first_name", customer.firstName());
        member.put("last_name", customer.lastName());
        member.put("email", customer.email());
        members.add(member);
      });
    }
    ctx.json(Map.of("segment_id", feed.segmentId(), "members", members));
  }

  private static Map<String, Object> view(Feed feed) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", feed.id());
    view.put("segment_id", feed.segmentId());
    view.put("created_at", feed.createdAt().toString());
    view.put("last_used_at", feed.lastUsedAt().map(Instant::toString).orElse(null));
    view.put("last_used_from", feed.lastUsedFrom().orElse(null));
    return view;
  }
}
