package org.segmentum.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Products by dense index (every product id seen in the catalog or in an order line), their lower-cased
 * tags and categories, and the category tree for "this category and all its descendants".
 */
final class ProductTable {
  final long[] ids;
  final Map<Long, Integer> index;
  /** Lower-cased tags of each product (empty for products only seen in orders). */
  final List<Set<String>> tags;
  /** Category id of each product, or {@link LongColumn#MISSING}. */
  final long[] category;
  private final Map<Long, List<Long>> children;

  ProductTable(long[] ids, Map<Long, Integer> index, List<Set<String>> tags, long[] category,
               Map<Long, List<Long>> children) {
    this.ids = ids;
    this.index = index;
    this.tags = tags;
    this.category = category;
    this.children = children;
  }

  int size() {
    return ids.length;
  }

  /** The categories given and all their descendants; cycles in bad data are walked once. */
  Set<Long> withDescendants(Set<Long> roots) {
    return withDescendants(roots, children);
  }

  /** The categories given and all their descendants in a tree given as children by parent. */
  static Set<Long> withDescendants(Set<Long> roots, Map<Long, List<Long>> children) {
    Set<Long> all = new HashSet<>();
    List<Long> pending = new ArrayList<>(roots);
    while (!pending.isEmpty()) {
      Long next = pending.remove(pending.size() - 1);
      if (all.add(next)) {
        pending.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return all;
  }

  static Map<Long, List<Long>> childrenOf(Map<Long, Long> parents) {
    Map<Long, List<Long>> children = new HashMap<>();
    parents.forEach((child, parent) -> {
      if (parent != null) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
      }
    });
    return children;
  }
}
