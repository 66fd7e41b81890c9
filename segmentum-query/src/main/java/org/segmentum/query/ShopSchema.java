package org.segmentum.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a query is checked against besides the catalog: the shop's custom field definitions. Without a
 * shop ({@link #UNKNOWN}) any syntactically valid metafield clause is accepted (LANGUAGE.md §4).
 */
public final class ShopSchema {
  /** No shop: metafields are not checked. */
  public static final ShopSchema UNKNOWN = new ShopSchema(null);

  private final Map<String, MetafieldDefinition> metafields;

  private ShopSchema(Map<String, MetafieldDefinition> metafields) {
    this.metafields = metafields;
  }

  /** A shop with exactly these custom fields. */
  public static ShopSchema of(List<MetafieldDefinition> definitions) {
    return new ShopSchema(definitions.stream()
        .collect(Collectors.toUnmodifiableMap(MetafieldDefinition::filterName, Function.identity(), (a, b) -> b)));
  }

  /** Whether metafield definitions are known, so that metafield clauses are checked. */
  public boolean knowsMetafields() {
    return metafields != null;
  }

  /** The definition behind {@code metafields.<namespace>.<key>}, when known. */
  public Optional<MetafieldDefinition> metafield(String filterName) {
    return metafields == null ? Optional.empty() : Optional.ofNullable(metafields.get(filterName));
  }

  /** The filter names of the known metafields (empty when unknown). */
  public java.util.Set<String> metafieldNames() {
    return metafields == null ? java.util.Set.of() : metafields.keySet();
  }
}
