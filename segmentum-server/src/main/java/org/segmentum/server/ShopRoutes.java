package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.model.Customer;
import org.segmentum.storage.Scope;

/** Shop-level routes: the shop, ingest, customers, lookups. */
final class ShopRoutes {
  private static final String BASE = SegmentRoutes.BASE;
  private final ShopAccess access;

  ShopRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE, this::shop);
    routes.post(BASE + "/{records}", this::ingest);
    routes.delete(BASE + "/customers/{customer}", this::deleteCustomer);
    routes.get(BASE + "/customers", this::searchCustomers);
    routes.get(BASE + "/customers/{customer}", this::customer);
    routes.get(BASE + "/customers/{customer}/segments", this::segmentsOf);
    routes.get(BASE + "/lookup", this::lookup);
  }

  private void shop(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    var shop = caller.shop().shop();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", shop.id());
    body.put("name", shop.name());
    body.put("timezone", shop.timezone().getId());
    body.put("currency", shop.currency());
    body.put("customers", caller.shop().live().customerCount());
    body.put("segments", caller.shop().segments().size());
    body.put("now", caller.shop().now().toString());
    ctx.json(body);
  }

  private void ingest(Context ctx) {
    String path = ctx.pathParam("records");
    RecordType type = RecordType.ofPath(path)
        .orElseThrow(() -> ApiProblem.notFound("no such route: " + ctx.method() + " " + ctx.path()));
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiProblem.badRequest("the body is empty: send one JSON object or NDJSON lines");
    }
    Ingest.Outcome outcome = new Ingest(caller.shop()).lines(type, body);
    boolean single = !body.strip().contains("\n");
    if (single && outcome.rejected() == 1) {
      throw ApiProblem.unprocessable("invalid-record", "the record was rejected: " + outcome.errors().get(0).get("field")
          + ": " + outcome.errors().get(0).get("reason"), outcome.view());
    }
    ctx.json(outcome.view());
  }

  private void deleteCustomer(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.WRITE);
    long id = Params.pathId(ctx, "customer");
    Ingest.Outcome outcome = new Ingest(caller.shop()).lines(RecordType.CUSTOMERS,
        "{\"id\":" + id + ",\"deleted\":true}");
    if (outcome.deleted() == 0) {
      throw ApiProblem.notFound("shop " + caller.shop().shop().id() + " has no customer " + id);
    }
    ctx.status(204);
  }

  private void customer(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long id = Params.pathId(ctx, "customer");
    Customer customer = caller.shop().live().customer(id)
        .orElseThrow(() -> ApiProblem.notFound("shop " + caller.shop().shop().id() + " has no customer " + id));
    Map<String, Object> body = scored(caller, customer);
    body.put("segments", segmentIds(caller, id));
    ctx.json(body);
  }

  /** Customers whose name or email contains the search text (case-insensitive), first matches by id. */
  private void searchCustomers(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    String search = ctx.queryParam("search");
    if (search == null || search.isBlank()) {
      throw ApiProblem.badRequest("'search' is required (part of a name or an email)");
    }
    int limit = Params.limit(ctx, 20, 100);
    List<Map<String, Object>> found = caller.shop().live().searchCustomers(search.strip(), limit).stream()
        .map(customer -> scored(caller, customer)).toList();
    ctx.json(Map.of("customers", found));
  }

  private void segmentsOf(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long id = Params.pathId(ctx, "customer");
    if (caller.shop().live().customer(id).isEmpty()) {
      throw ApiProblem.notFound("shop " + caller.shop().shop().id() + " has no customer " + id);
    }
    ctx.json(Map.of("customer_id", id, "segments", segmentIds(caller, id)));
  }

  /** Is customer C in segments S1..Sn: {@code ?customer_id=C&segment_ids=1,2,3}. */
  private void lookup(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    long customer = Params.longParam(ctx, "customer_id")
        .orElseThrow(() -> ApiProblem.badRequest("'customer_id' is required"));
    String ids = ctx.queryParam("segment_ids");
    if (ids == null || ids.isBlank()) {
      throw ApiProblem.badRequest("'segment_ids' is required: a comma-separated list of segment ids");
    }
    Map<String, Object> membership = new LinkedHashMap<>();
    for (String text : ids.split(",")) {
      long segment;
      try {
        segment = Long.parseLong(text.trim());
      } catch (NumberFormatException e) {
        throw ApiProblem.badRequest("'segment_ids' must be ids, got '" + text + "'");
      }
      if (caller.shop().segment(segment).isEmpty()) {
        throw ApiProblem.notFound("shop " + caller.shop().shop().id() + " has no segment " + segment);
      }
      membership.put(Long.toString(segment), caller.shop().live().isMember(ShopRuntime.key(segment), customer));
    }
    ctx.json(Map.of("customer_id", customer, "member_of", membership));
  }

  /** A customer with the RFM group and predicted spend tier in force (DATA.md §4). */
  private static Map<String, Object> scored(ShopAccess.Caller caller, Customer customer) {
    Map<String, Object> view = new LinkedHashMap<>(Views.customer(customer));
    view.put("rfm_group", caller.shop().live().rfmGroup(customer.id()).name());
    view.put("spend_tier", caller.shop().live().spendTier(customer.id()).name());
    return view;
  }

  private static List<Long> segmentIds(ShopAccess.Caller caller, long customerId) {
    List<Long> ids = new ArrayList<>();
    caller.shop().live().segmentsOf(customerId).forEach(key -> ids.add(Long.parseLong(key)));
    return ids;
  }
}
