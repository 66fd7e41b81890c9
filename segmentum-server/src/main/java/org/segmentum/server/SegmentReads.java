package org.segmentum.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roaringbitmap.longlong.Roaring64Bitmap;
import org.segmentum.engine.Engine;
import org.segmentum.engine.Membership;
import org.segmentum.engine.SortKey;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Validation;
import org.segmentum.storage.SegmentRow;

/** Answers about a shop's segments: the overview, previews, members, why, impact, history and changes. */
final class SegmentReads {
  static final int MAX_SEGMENTS_PAGE = 250;
  static final int MAX_MEMBERS_PAGE = 1_000;
  private static final int SAMPLE = 10;

  private final ShopRuntime shop;

  SegmentReads(ShopRuntime shop) {
    this.shop = shop;
  }

  Map<String, Object> view(SegmentRow row) {
    return Views.segment(row, shop.live().count(ShopRuntime.key(row.id())), shop.live().customerCount(), shop.now());
  }

  /** The overview list: search by name (case-insensitive substring), sorted, paged. */
  Map<String, Object> list(String search, String sort, boolean descending, long offset, int limit) {
    String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    Comparator<SegmentRow> order = switch (sort) {
      case "name" -> Comparator.comparing((SegmentRow row) -> row.name().toLowerCase(Locale.ROOT));
      case "size" -> Comparator.comparingLong((SegmentRow row) -> shop.live().count(ShopRuntime.key(row.id())));
      case "last_activity" -> Comparator.comparing(SegmentRow::updatedAt);
      default -> throw ApiProblem.badRequest("'sort' must be last_activity, name or size, got '" + sort + "'");
    };
    order = descending ? order.reversed() : order;
    List<SegmentRow> rows = shop.segments().stream()
        .filter(row -> row.name().toLowerCase(Locale.ROOT).contains(needle))
        .sorted(order.thenComparingLong(SegmentRow::id)).toList();
    List<Map<String, Object>> page = rows.stream().skip(offset).limit(limit).map(this::view).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", rows.size());
    body.put("segments", page);
    body.put("next_cursor", offset + limit < rows.size() ? Params.cursor(offset + limit) : null);
    return body;
  }

  /** Validity, diagnostics, count, share and first members of any query, without saving it. */
  Map<String, Object> preview(String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    Validation validation = shop.validate(text);
    body.put("valid", validation instanceof Validation.Valid);
    body.put("diagnostics", Views.diagnostics(validation.diagnostics()));
    if (validation instanceof Validation.Valid valid) {
      Engine engine = shop.live().engine();
      Membership members = engine.evaluate(valid.query(), shop.now());
      body.put("canonical", valid.query().canonical());
      body.put("members", members.count());
      body.put("share", Views.share(members.count(), engine.customerCount()));
      body.put("first_members", members.page(SortKey.ID, false, 0, SAMPLE));
    }
    return body;
  }

  /** One page of members in a sort order, with the total and statistics. */
  Map<String, Object> members(SegmentRow row, SortKey key, boolean descending, long offset, int limit) {
    Engine engine = shop.live().engine();
    Membership members = engine.evaluate(live(row), shop.now());
    List<Map<String, Object>> page = new ArrayList<>();
    for (long id : members.page(key, descending, (int) Math.min(offset, Integer.MAX_VALUE), limit)) {
      Map<String, Object> member = new LinkedHashMap<>();
      shop.live().customer(id).ifPresent(customer -> member.putAll(Views.customer(customer)));
      members.row(id).ifPresent(facts -> {
        member.put("amount_spent", facts.amountSpent().toPlainString());
        member.put("number_of_orders", facts.numberOfOrders());
      });
      page.add(member);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", members.count());
    body.put("statistics", Views.statistics(members.statistics()));
    body.put("members", page);
    body.put("next_cursor", offset + limit < members.count() ? Params.cursor(offset + limit) : null);
    return body;
  }

  Map<String, Object> why(SegmentRow row, long customerId) {
    Engine engine = shop.live().engine();
    var explanation = engine.why(live(row), customerId, shop.now())
        .orElseThrow(() -> ApiProblem.notFound("shop " + shop.shop().id() + " has no customer " + customerId));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("segment_id", row.id());
    body.put("customer_id", customerId);
    body.put("member", explanation.holds());
    body.put("explanation", Views.explanation(explanation));
    return body;
  }

  /** How many would join and leave if the draft were published, with samples. */
  Map<String, Object> impact(SegmentRow row) {
    String draft = row.draftQuery().orElseThrow(() -> new ApiProblem(409, "no-draft", "No draft",
        "segment " + row.id() + " has no draft"));
    return impact(row, draft);
  }

  /** How many would join and leave if the segment's live query were {@code text}, with samples. */
  Map<String, Object> impact(SegmentRow row, String text) {
    CheckedQuery query = checked(text);
    Engine engine = shop.live().engine();
    Roaring64Bitmap after = new Roaring64Bitmap();
    engine.evaluate(query, shop.now()).customerIds().forEach(after::addLong);
    Roaring64Bitmap before = new Roaring64Bitmap();
    for (long id : shop.live().members(ShopRuntime.key(row.id()))) {
      before.addLong(id);
    }
    Roaring64Bitmap joins = Roaring64Bitmap.andNot(after, before);
    Roaring64Bitmap leaves = Roaring64Bitmap.andNot(before, after);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("members_now", before.getLongCardinality());
    body.put("members_after", after.getLongCardinality());
    body.put("joining", joins.getLongCardinality());
    body.put("leaving", leaves.getLongCardinality());
    List<Long> joining = sample(joins);
    List<Long> leaving = sample(leaves);
    body.put("joining_sample", joining);
    body.put("leaving_sample", leaving);
    body.put("joining_customers", customers(joining));
    body.put("leaving_customers", customers(leaving));
    return body;
  }

  Map<String, Object> history(SegmentRow row, int days) {
    LocalDate today = LocalDate.ofInstant(shop.now(), shop.shop().timezone());
    var counts = shop.storage().read(tx -> tx.counts().since(row.id(), today.minusDays(days - 1L)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("segment_id", row.id());
    body.put("days", counts.stream().map(Views::dailyCount).toList());
    return body;
  }

  Map<String, Object> changes(SegmentRow row, long after, int limit) {
    var events = shop.storage().read(tx -> tx.memberships().eventsAfter(shop.shop().id(), row.id(), after, limit));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("segment_id", row.id());
    body.put("events", events.stream().map(Views::event).toList());
    body.put("next_cursor", Long.toString(events.isEmpty() ? after : events.get(events.size() - 1).seq()));
    return body;
  }

  private CheckedQuery live(SegmentRow row) {
    return checked(row.query());
  }

  private CheckedQuery checked(String text) {
    return switch (shop.validate(text)) {
      case Validation.Valid valid -> valid.query();
      case Validation.Invalid invalid -> throw ApiProblem.unprocessable("invalid-query",
          invalid.diagnostics().get(0).render(), Map.of("diagnostics", Views.diagnostics(invalid.diagnostics())));
    };
  }

  /** Who the ids are: id, names and email of each customer still stored. */
  private List<Map<String, Object>> customers(List<Long> ids) {
    List<Map<String, Object>> found = new ArrayList<>();
    for (long id : ids) {
      shop.live().customer(id).ifPresent(customer -> {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", customer.id());
        view.put("first_name", customer.firstName());
        view.put("last_name", customer.lastName());
        view.put("email", customer.email());
        found.add(view);
      });
    }
    return found;
  }

  private static List<Long> sample(Roaring64Bitmap ids) {
    List<Long> sample = new ArrayList<>();
    var it = ids.getLongIterator();
    while (it.hasNext() && sample.size() < SAMPLE) {
      sample.add(it.next());
    }
    return sample;
  }
}
