package org.segmentum.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The front door of the query language. {@link #check(String)} validates a query with the standard
 * catalog and limits; {@link #language()} gives a configurable checker. Thread-safe.
 *
 * <pre>{@code
 * switch (Query.check("amount_spent > 100")) {
 *   case Validation.Valid valid -> use(valid.query());
 *   case Validation.Invalid invalid -> show(invalid.diagnostics());
 * }
 * }</pre>
 */
public final class Query {
  private static final Query STANDARD = new Query(FilterCatalog.standard(), Limits.DEFAULTS, ShopSchema.UNKNOWN);

  private final FilterCatalog catalog;
  private final Limits limits;
  private final ShopSchema schema;

  private Query(FilterCatalog catalog, Limits limits, ShopSchema schema) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.schema = Objects.requireNonNull(schema, "schema");
  }

  /** The standard language: standard catalog, default limits, no shop. */
  public static Query language() {
    return STANDARD;
  }

  /** Checks a query with the standard language. */
  public static Validation check(String text) {
    return STANDARD.validate(text);
  }

  /** The canonical text of a tree (LANGUAGE.md §9). */
  public static String print(Expr expr) {
    return Printer.print(Objects.requireNonNull(expr, "expr"));
  }

  /** The canonical text of one value, as it stands in a query. */
  public static String print(Value value) {
    return Printer.value(Objects.requireNonNull(value, "value"));
  }

  /** The same language with other limits. */
  public Query withLimits(Limits newLimits) {
    return new Query(catalog, newLimits, schema);
  }

  /** The same language checking against a shop's custom fields. */
  public Query withSchema(ShopSchema newSchema) {
    return new Query(catalog, limits, newSchema);
  }

  public FilterCatalog catalog() {
    return catalog;
  }

  public Limits limits() {
    return limits;
  }

  /** Validates a query; never throws on any text. */
  public Validation validate(String text) {
    Objects.requireNonNull(text, "text");
    SourceText source = new SourceText(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (text.length() > limits.maxQueryLength()) {
      diagnostics.add(source.diagnostic(DiagnosticCode.QUERY_TOO_LONG, new Span(0, 0),
          "Query is too long (maximum is " + limits.maxQueryLength() + " characters)", ""));
      return new Validation.Invalid(text, diagnostics);
    }
    List<Token> tokens = Lexer.tokenize(source, diagnostics);
    Parser.Result parsed = Parser.parse(source, tokens, limits, diagnostics);
    Checker checker = new Checker(source, catalog, schema, diagnostics);
    checker.checkNames(parsed.subjects());
    Expr checked = null;
    if (parsed.expr() != null) {
      checked = checker.check(parsed.expr());
    } else {
      parsed.clauses().forEach(checker::check); // the complete clauses of a broken query
    }
    if (!diagnostics.isEmpty() || checked == null) {
      diagnostics.sort(Comparator.comparingInt(Diagnostic::start));
      return new Validation.Invalid(text, diagnostics);
    }
    return new Validation.Valid(new CheckedQuery(text, checked, Printer.print(checked)));
  }
}
