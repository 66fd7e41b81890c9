package org.segmentum.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters the language knows, read from the data file {@code filters.catalog} beside this class
 * (docs/filter-catalog.md says how to extend it). Immutable and thread-safe.
 */
public final class FilterCatalog {
  /** {@code metafields.<namespace>.<key>}, the name of a custom field. */
  static final Pattern METAFIELD_NAME = Pattern.compile("metafields\\.[a-z0-9_]+\\.[a-z0-9_]+");

  private static final FilterCatalog STANDARD = load("filters.catalog");

  private final Map<String, FilterDefinition> filters;
  private final Map<String, String> aliases;

  private FilterCatalog(Map<String, FilterDefinition> filters, Map<String, String> aliases) {
    this.filters = Collections.unmodifiableMap(filters);
    this.aliases = Map.copyOf(aliases);
  }

  /** The catalog of LANGUAGE.md §6. */
  public static FilterCatalog standard() {
    return STANDARD;
  }

  /** Every filter by canonical name, in catalog order. */
  public Map<String, FilterDefinition> filters() {
    return filters;
  }

  /** Other spellings of filters, mapped to their canonical names. */
  public Map<String, String> aliases() {
    return aliases;
  }

  /** The canonical spelling of a filter name (aliases resolved; unknown names unchanged). */
  public String canonicalName(String name) {
    return aliases.getOrDefault(name, name);
  }

  /** The definition of a catalog filter by any of its spellings (metafields are not in the catalog). */
  public Optional<FilterDefinition> find(String name) {
    return Optional.ofNullable(filters.get(canonicalName(name)));
  }

  /**
   * The definition of a filter as a shop sees it: catalog filters, plus the shop's custom fields.
   * Metafields get their definition's type, with IS NULL and IS NOT NULL added.
   */
  public Optional<FilterDefinition> find(String name, ShopSchema schema) {
    Optional<FilterDefinition> standard = find(name);
    if (standard.isPresent() || !METAFIELD_NAME.matcher(name).matches()) {
      return standard;
    }
    return schema.metafield(name).map(FilterCatalog::metafieldFilter);
  }

  static FilterDefinition metafieldFilter(MetafieldDefinition definition) {
    ValueType type = definition.type().valueType();
    java.util.EnumSet<Operator> operators = java.util.EnumSet.copyOf(type.defaultOperators());
    operators.add(Operator.IS_NULL);
    operators.add(Operator.IS_NOT_NULL);
    return new FilterDefinition(definition.filterName(), FilterDefinition.Kind.ATTRIBUTE, type, operators, List.of(),
        List.of(), definition.name());
  }

  private static FilterCatalog load(String resource) {
    try (InputStream in = FilterCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("filter catalog resource missing: " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FilterCatalog parse(List<String> lines) {
    Map<String, FilterDefinition> filters = new LinkedHashMap<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    String function = null;
    List<ParameterDefinition> params = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
      try {
        if (!f[0].equals("param") && function != null) {
          filters.put(function, functionWith(filters.get(function), params));
          function = null;
          params = new ArrayList<>();
        }
        switch (f[0]) {
          case "attribute" -> filters.put(f[1], attribute(f));
          case "function" -> {
            function = f[1];
            filters.put(f[1], new FilterDefinition(f[1], FilterDefinition.Kind.FUNCTION, ValueType.FUNCTION,
                ValueType.FUNCTION.defaultOperators(), List.of(), List.of(), f[2]));
          }
          case "param" -> params.add(new ParameterDefinition(f[1], ValueType.ofText(f[2]), operators(f[3],
              ValueType.ofText(f[2])), ParameterDefinition.Role.valueOf(f[4].toUpperCase(java.util.Locale.ROOT)),
              values(f[5]), f[6]));
          case "alias" -> aliases.put(f[1], f[2]);
          case "unsupported" -> filters.put(f[1], new FilterDefinition(f[1], FilterDefinition.Kind.UNSUPPORTED,
              ValueType.STRING, Set.of(), List.of(), List.of(), f[2]));
          case "anniversary" -> filters.put(f[1], new FilterDefinition(f[1], FilterDefinition.Kind.ANNIVERSARY,
              ValueType.DATE, Set.of(Operator.EQ, Operator.NE, Operator.BETWEEN, Operator.IS_NULL,
              Operator.IS_NOT_NULL), List.of(), List.of(), f[2]));
          default -> throw new IllegalArgumentException("unknown entry kind '" + f[0] + "'");
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("filters.catalog line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (function != null) {
      filters.put(function, functionWith(filters.get(function), params));
    }
    return new FilterCatalog(filters, aliases);
  }

  private static FilterDefinition attribute(String[] f) {
    ValueType type = ValueType.ofText(f[2]);
    return new FilterDefinition(f[1], FilterDefinition.Kind.ATTRIBUTE, type, operators(f[3], type), values(f[4]),
        List.of(), f[5]);
  }

  private static FilterDefinition functionWith(FilterDefinition function, List<ParameterDefinition> params) {
    return new FilterDefinition(function.name(), function.kind(), function.type(), function.operators(),
        function.values(), params, function.description());
  }

  private static Set<Operator> operators(String field, ValueType type) {
    return field.isEmpty() ? type.defaultOperators() : Operator.parseList(field);
  }

  private static List<String> values(String field) {
    return field.isEmpty() ? List.of() : Arrays.stream(field.split(",")).map(String::strip).toList();
  }
}
