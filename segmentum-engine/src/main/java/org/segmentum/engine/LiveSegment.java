package org.segmentum.engine;

import java.util.HashSet;
import java.util.Set;
import org.roaringbitmap.longlong.Roaring64Bitmap;
import org.segmentum.query.CheckedQuery;
import org.segmentum.query.Expr;
import org.segmentum.query.Subject;

/** A defined segment with its materialised members (customer ids) and the filters it reads. */
final class LiveSegment {
  final String id;
  final CheckedQuery query;
  final Set<String> filters;
  final boolean timeDependent;
  final Roaring64Bitmap members = new Roaring64Bitmap();

  LiveSegment(String id, CheckedQuery query) {
    this.id = id;
    this.query = query;
    this.filters = filtersOf(query.expr(), new HashSet<>());
    this.timeDependent = query.timeDependent();
  }

  boolean reads(Set<String> changed) {
    for (String filter : filters) {
      if (changed.contains(filter) || (filter.startsWith("metafields.") && changed.contains("metafields"))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> filtersOf(Expr expr, Set<String> into) {
    switch (expr) {
      case Expr.Or or -> or.operands().forEach(e -> filtersOf(e, into));
      case Expr.And and -> and.operands().forEach(e -> filtersOf(e, into));
      case Expr.Not not -> filtersOf(not.operand(), into);
      case Expr.Clause clause -> into.add(switch (clause.subject()) {
        case Subject.Filter filter -> filter.name();
        case Subject.Anniversary anniversary -> "anniversary";
      });
    }
    return into;
  }
}
