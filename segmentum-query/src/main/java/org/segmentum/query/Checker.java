package org.segmentum.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks names, operators and values of a parsed query against the catalog and the shop (LANGUAGE.md
 * §4–§6), and rewrites the tree into its canonical names (aliases resolved). Problems become
 * diagnostics; nothing here throws on user input.
 */
final class Checker {
  static final String BIRTH_DATE = "birth_date";
  private static final String BIRTH_DATE_ALIAS = "metafields.facts.birth_date";

  private final SourceText source;
  private final FilterCatalog catalog;
  private final ShopSchema schema;
  private final List<Diagnostic> diagnostics;
  private final ValueChecker values;

  Checker(SourceText source, FilterCatalog catalog, ShopSchema schema, List<Diagnostic> diagnostics) {
    this.source = source;
    this.catalog = catalog;
    this.schema = schema;
    this.diagnostics = diagnostics;
    this.values = new ValueChecker(source, diagnostics);
  }

  /** Reports unknown names among every subject the parser saw, complete clause or not. */
  void checkNames(List<Subject> subjects) {
    for (Subject subject : subjects) {
      switch (subject) {
        case Subject.Filter filter -> checkFilterName(filter);
        case Subject.Anniversary anniversary -> checkAnniversaryAttribute(anniversary);
      }
    }
  }

  /** Checks every clause of a syntactically valid tree; returns it with canonical names. */
  Expr check(Expr expr) {
    return switch (expr) {
      case Expr.Or or -> new Expr.Or(or.operands().stream().map(this::check).toList(), or.span());
      case Expr.And and -> new Expr.And(and.operands().stream().map(this::check).toList(), and.span());
      case Expr.Not not -> new Expr.Not(check(not.operand()), not.span());
      case Expr.Clause clause -> checkClause(clause);
    };
  }

  private void checkFilterName(Subject.Filter filter) {
    String name = filter.name();
    Optional<FilterDefinition> definition = catalog.find(name, schema);
    if (definition.isEmpty()) {
      if (uncheckedMetafield(name)) {
        return;
      }
      List<String> candidates = new ArrayList<>();
      catalog.filters().values().stream().filter(d -> d.kind() != FilterDefinition.Kind.UNSUPPORTED)
          .forEach(d -> candidates.add(d.name()));
      candidates.addAll(schema.metafieldNames());
      String suggestion = Suggestions.closest(name, candidates).map(s -> " Did you mean '" + s + "'?").orElse("");
      report(DiagnosticCode.UNKNOWN_FILTER, filter.span(), "'" + shorten(name) + "' filter cannot be found." + suggestion);
      return;
    }
    switch (definition.get().kind()) {
      case UNSUPPORTED -> report(DiagnosticCode.UNSUPPORTED_FILTER, filter.span(), "'" + name + "' filter is not supported.");
      case ANNIVERSARY -> report(DiagnosticCode.INVALID_ANNIVERSARY, filter.span(),
          "anniversary needs a date attribute, such as anniversary('birth_date') = today.");
      case ATTRIBUTE, FUNCTION -> {
      }
    }
  }

  private boolean uncheckedMetafield(String name) {
    return !schema.knowsMetafields() && FilterCatalog.METAFIELD_NAME.matcher(name).matches();
  }

  private void checkAnniversaryAttribute(Subject.Anniversary anniversary) {
    String attribute = anniversary.attribute();
    if (attribute.equals(BIRTH_DATE) || attribute.equals(BIRTH_DATE_ALIAS) || uncheckedMetafield(attribute)) {
      return;
    }
    boolean dateField = schema.metafield(attribute).map(d -> d.type() == MetafieldType.DATE).orElse(false);
    if (!dateField) {
      report(DiagnosticCode.INVALID_ANNIVERSARY, attributeSpan(anniversary), "'" + shorten(attribute)
          + "' is not a date attribute. Use 'birth_date' or a date custom field, such as 'metafields.facts.wedding_day'.");
    }
  }

  /** Where the quoted attribute starts: the first quote of {@code anniversary(date: '...'}, which ends the span. */
  private Span attributeSpan(Subject.Anniversary anniversary) {
    Span span = anniversary.span();
    int quote = span.end() <= source.text().length() ? source.text().indexOf('\'', span.start()) : -1;
    return quote >= 0 && quote < span.end() ? new Span(quote, span.end()) : span;
  }

  private Expr checkClause(Expr.Clause clause) {
    return switch (clause.subject()) {
      case Subject.Filter filter -> checkFilterClause(clause, filter);
      case Subject.Anniversary anniversary -> checkAnniversaryClause(clause, anniversary);
    };
  }

  private Expr checkFilterClause(Expr.Clause clause, Subject.Filter filter) {
    Subject.Filter canonical = new Subject.Filter(catalog.canonicalName(filter.name()), filter.span());
    Expr.Clause result = new Expr.Clause(canonical, clause.test(), clause.operator(), clause.span());
    Optional<FilterDefinition> found = catalog.find(filter.name(), schema);
    if (found.isEmpty() || found.get().kind() == FilterDefinition.Kind.UNSUPPORTED
        || found.get().kind() == FilterDefinition.Kind.ANNIVERSARY) {
      return result; // reported by checkNames, or an unchecked metafield
    }
    FilterDefinition definition = found.get();
    Operator operator = operatorOf(clause.test());
    if (!definition.operators().contains(operator)) {
      report(DiagnosticCode.INVALID_OPERATOR, clause.operator(), "'" + operator.text() + "' cannot be used with "
          + definition.name() + ". Use " + Operator.describe(definition.operators()) + ".");
      return result;
    }
    String label = definition.name();
    switch (clause.test()) {
      case Test.Compare compare -> values.check(definition.type(), definition.values(), compare.value(), label);
      case Test.Between between -> {
        values.check(definition.type(), definition.values(), between.low(), label);
        values.check(definition.type(), definition.values(), between.high(), label);
      }
      case Test.Contains contains -> values.check(definition.type(), definition.values(), contains.value(), label);
      case Test.IsNull isNull -> {
      }
      case Test.Matches matches -> checkParams(definition, filter, matches);
    }
    return result;
  }

  private void checkParams(FilterDefinition function, Subject.Filter subject, Test.Matches matches) {
    Set<String> seen = new HashSet<>();
    for (Param param : matches.params()) {
      Optional<ParameterDefinition> found = function.parameter(param.name());
      if (found.isEmpty()) {
        List<String> names = function.parameters().stream().map(ParameterDefinition::name).toList();
        String help = Suggestions.closest(param.name(), names).map(s -> " Did you mean '" + s + "'?")
            .orElse(" Valid parameters: " + String.join(", ", names) + ".");
        report(DiagnosticCode.UNKNOWN_PARAMETER, param.nameSpan(),
            "'" + shorten(param.name()) + "' is not a valid parameter for " + function.name() + "." + help);
        continue;
      }
      if (!seen.add(param.name())) {
        report(DiagnosticCode.DUPLICATE_PARAMETER, param.nameSpan(),
            "'" + param.name() + "' can only be used once in " + function.name() + ".");
        continue;
      }
      checkParam(found.get(), param);
    }
    if (function.name().equals("customer_within_distance")) {
      boolean km = seen.contains("distance_km");
      boolean mi = seen.contains("distance_mi");
      if (!seen.contains("coordinates") || km == mi) {
        report(DiagnosticCode.MISSING_PARAMETER, subject.span(), "customer_within_distance needs coordinates and "
            + "exactly one of distance_km and distance_mi, such as (coordinates = (42.6977, 23.3219), distance_km = 10).");
      }
    }
  }

  private void checkParam(ParameterDefinition definition, Param param) {
    Operator operator = switch (param.test()) {
      case Test.Compare compare -> compare.op().operator();
      case Test.Between between -> Operator.BETWEEN;
      case ParamTest.In in -> in.negated() ? Operator.NOT_IN : Operator.IN;
    };
    if (!definition.operators().contains(operator)) {
      report(DiagnosticCode.INVALID_OPERATOR, param.operator(), "'" + operator.text() + "' cannot be used with the "
          + definition.name() + " parameter. Use " + Operator.describe(definition.operators()) + ".");
      return;
    }
    String label = definition.name();
    switch (param.test()) {
      case Test.Compare compare -> {
        if (values.check(definition.type(), definition.values(), compare.value(), label)
            && definition.name().startsWith("distance_")) {
          values.checkNotNegated(compare.value(), label);
        }
      }
      case Test.Between between -> {
        values.check(definition.type(), definition.values(), between.low(), label);
        values.check(definition.type(), definition.values(), between.high(), label);
      }
      case ParamTest.In in -> in.values().forEach(v -> values.check(definition.type(), definition.values(), v, label));
    }
  }

  private Expr checkAnniversaryClause(Expr.Clause clause, Subject.Anniversary anniversary) {
    String attribute = anniversary.attribute().equals(BIRTH_DATE_ALIAS) ? BIRTH_DATE : anniversary.attribute();
    Expr.Clause result = new Expr.Clause(new Subject.Anniversary(attribute, anniversary.span()), clause.test(),
        clause.operator(), clause.span());
    FilterDefinition definition = catalog.find("anniversary").orElseThrow();
    Operator operator = operatorOf(clause.test());
    if (!definition.operators().contains(operator)) {
      report(DiagnosticCode.INVALID_OPERATOR, clause.operator(), "'" + operator.text()
          + "' cannot be used with anniversary. Use " + Operator.describe(definition.operators()) + ".");
      return result;
    }
    switch (clause.test()) {
      case Test.Compare compare -> values.check(ValueType.DATE, List.of(), compare.value(), "anniversary");
      case Test.Between between -> {
        values.check(ValueType.DATE, List.of(), between.low(), "anniversary");
        values.check(ValueType.DATE, List.of(), between.high(), "anniversary");
      }
      case Test.IsNull isNull -> {
      }
      case Test.Contains contains -> throw new IllegalStateException("operator already refused");
      case Test.Matches matches -> throw new IllegalStateException("operator already refused");
    }
    return result;
  }

  static Operator operatorOf(Test test) {
    return switch (test) {
      case Test.Compare compare -> compare.op().operator();
      case Test.Between between -> Operator.BETWEEN;
      case Test.Contains contains -> contains.negated() ? Operator.NOT_CONTAINS : Operator.CONTAINS;
      case Test.IsNull isNull -> isNull.negated() ? Operator.IS_NOT_NULL : Operator.IS_NULL;
      case Test.Matches matches -> matches.negated() ? Operator.NOT_MATCHES : Operator.MATCHES;
    };
  }

  private void report(DiagnosticCode code, Span span, String message) {
    diagnostics.add(source.diagnostic(code, span, message, ""));
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
