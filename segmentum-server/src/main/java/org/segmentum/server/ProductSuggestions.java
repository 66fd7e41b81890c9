package org.segmentum.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.segmentum.model.Product;

/** Value suggestions from the shop's products: product ids (with titles) or product tags, by prefix. */
final class ProductSuggestions {
  private ProductSuggestions() {
  }

  /**
   * For {@code products}, ids whose digits or title start with the prefix (a title word counts too), each
   * labelled with its title; for {@code product_tags}, tags starting with the prefix.
   */
  static Map<String, Object> of(List<Product> products, String kind, String prefix, int limit) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", kind);
    if (kind.equals("product_tags")) {
      TreeSet<String> tags = new TreeSet<>();
      products.forEach(p -> p.tags().stream().filter(t -> t.toLowerCase(Locale.ROOT).startsWith(prefix)).forEach(tags::add));
      body.put("values", tags.stream().limit(limit).toList());
      return body;
    }
    TreeMap<Long, String> found = new TreeMap<>();
    for (Product product : products) {
      String title = product.title() == null ? "" : product.title();
      if (Long.toString(product.id()).startsWith(prefix) || matchesWord(title, prefix)) {
        found.put(product.id(), title);
      }
    }
    List<Long> ids = found.keySet().stream().limit(limit).toList();
    body.put("values", ids.stream().map(id -> Long.toString(id)).toList());
    Map<String, String> labels = new LinkedHashMap<>();
    ids.forEach(id -> labels.put(Long.toString(id), found.get(id)));
    body.put("labels", labels);
    return body;
  }

  private static boolean matchesWord(String title, String prefix) {
    String lower = title.toLowerCase(Locale.ROOT);
    if (lower.startsWith(prefix)) {
      return true;
    }
    for (String word : lower.split("\\s+")) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
