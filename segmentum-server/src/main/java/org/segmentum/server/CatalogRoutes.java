package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.segmentum.model.Address;
import org.segmentum.model.Customer;
import org.segmentum.query.FilterDefinition;
import org.segmentum.query.Operator;
import org.segmentum.query.ParameterDefinition;
import org.segmentum.storage.Scope;

/** What editors need: the filter catalog, the template gallery, and value suggestions from the shop's data. */
final class CatalogRoutes {
  private static final String BASE = SegmentRoutes.BASE;
  private static final int SUGGESTIONS = 50;
  private final ShopAccess access;

  CatalogRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/catalog", this::catalog);
    routes.get(BASE + "/templates", this::templates);
    routes.get(BASE + "/suggestions", this::suggestions);
  }

  private void catalog(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    var catalog = caller.shop().language().catalog();
    List<Map<String, Object>> filters = catalog.filters().values().stream()
        .filter(filter -> filter.kind() != FilterDefinition.Kind.UNSUPPORTED)
        .map(CatalogRoutes::filter).toList();
    ctx.json(Map.of("filters", filters, "metafields", caller.shop().live().metafieldDefinitions().stream()
        .map(d -> Map.of("filter", d.filterName(), "name", d.name() == null ? d.filterName() : d.name(),
            "type", d.type().name())).toList()));
  }

  private static Map<String, Object> filter(FilterDefinition filter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", filter.name());
    view.put("kind", filter.kind().name().toLowerCase(Locale.ROOT));
    view.put("type", filter.type().name().toLowerCase(Locale.ROOT));
    view.put("operators", filter.operators().stream().map(Operator::text).toList());
    view.put("values", filter.values());
    view.put("parameters", filter.parameters().stream().map(p -> p.name()).toList());
    view.put("parameter_details", filter.parameters().stream().map(CatalogRoutes::parameter).toList());
    view.put("description", filter.description());
    return view;
  }

  private static Map<String, Object> parameter(ParameterDefinition parameter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", parameter.name());
    view.put("type", parameter.type().name().toLowerCase(Locale.ROOT));
    view.put("operators", parameter.operators().stream().map(Operator::text).toList());
    view.put("role", parameter.role().name().toLowerCase(Locale.ROOT));
    view.put("values", parameter.values());
    view.put("description", parameter.description());
    return view;
  }

  private void templates(Context ctx) {
    access.require(ctx, Scope.READ);
    ctx.json(Map.of("templates", Templates.ALL.stream().map(t -> {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", t.id());
      view.put("category", t.category());
      view.put("title", t.title());
      view.put("description", t.description());
      view.put("query", t.query());
      return view;
    }).toList()));
  }

  /**
   * {@code ?kind=tags|countries|regions|cities|email_domains|products|product_tags&prefix=...}: values found in
   * the shop's customers (or products). Product suggestions are ids, each with its title in {@code labels}.
   */
  private void suggestions(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    String kind = ctx.queryParam("kind");
    String prefix = ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix").toLowerCase(Locale.ROOT);
    if ("products".equals(kind) || "product_tags".equals(kind)) {
      ctx.json(ProductSuggestions.of(caller.shop().live().products(), kind, prefix, SUGGESTIONS));
      return;
    }
    java.util.function.Function<Customer, List<String>> values = switch (kind == null ? "" : kind) {
      case "tags" -> Customer::tags;
      case "countries" -> c -> c.addresses().stream().map(Address::countryCode).filter(v -> v != null).toList();
      case "regions" -> c -> c.addresses().stream().filter(a -> a.countryCode() != null && a.provinceCode() != null)
          .map(a -> a.countryCode() + "-" + a.provinceCode()).toList();
      case "cities" -> c -> c.addresses().stream().filter(a -> a.city() != null && a.countryCode() != null)
          .map(a -> a.countryCode() + "-" + (a.provinceCode() == null ? "" : a.provinceCode()) + "-" + a.city()).toList();
      case "email_domains" -> c -> c.email() == null || !c.email().contains("@") ? List.of()
          : List.of(c.email().substring(c.email().lastIndexOf('@') + 1).toLowerCase(Locale.ROOT));
      default -> throw ApiProblem.badRequest(
          "'kind' must be tags, countries, regions, cities, email_domains, products or product_tags");
    };
    TreeSet<String> found = new TreeSet<>();
    for (Customer customer : caller.shop().live().searchCustomers("", Integer.MAX_VALUE)) {
      for (String value : values.apply(customer)) {
        if (value.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          found.add(value);
        }
      }
    }
    ctx.json(Map.of("kind", kind, "values", found.stream().limit(SUGGESTIONS).toList()));
  }
}
