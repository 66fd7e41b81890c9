package org.segmentum.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentum.engine.RfmGrid;
import org.segmentum.engine.RfmGroup;
import org.segmentum.storage.Scope;

/**
 * {@code GET /api/v1/shops/{shop}/rfm}: how the shop's customers spread over the R×FM grid (DATA.md §4), one
 * cell per recency and FM score with its group and count, the totals per group and the prospects.
 */
final class RfmRoutes {
  private final ShopAccess access;

  RfmRoutes(ShopAccess access) {
    this.access = access;
  }

  void register(RoutesConfig routes) {
    routes.get(SegmentRoutes.BASE + "/rfm", this::grid);
  }

  private void grid(Context ctx) {
    ShopAccess.Caller caller = access.require(ctx, Scope.READ);
    RfmGrid grid = caller.shop().live().rfmGrid();
    Map<RfmGroup, Long> groups = new EnumMap<>(RfmGroup.class);
    for (RfmGroup group : RfmGroup.values()) {
      groups.put(group, 0L);
    }
    List<Map<String, Object>> cells = grid.cells().stream().map(cell -> {
      groups.merge(cell.group(), cell.customers(), Long::sum);
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("recency", cell.recency());
      view.put("fm", cell.frequencyMonetary());
      view.put("group", cell.group().name());
      view.put("customers", cell.customers());
      return view;
    }).toList();
    groups.put(RfmGroup.PROSPECTS, grid.prospects());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("as_of", grid.asOf().toString());
    body.put("customers", caller.shop().live().customerCount());
    body.put("prospects", grid.prospects());
    body.put("cells", cells);
    Map<String, Long> totals = new LinkedHashMap<>();
    groups.forEach((group, count) -> totals.put(group.name(), count));
    body.put("groups", totals);
    ctx.json(body);
  }
}
