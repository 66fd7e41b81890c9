package org.segmentum.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks one literal against the type of a filter or parameter (LANGUAGE.md §4), reporting what is wrong. */
final class ValueChecker {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,6}");
  /** The city name has no spaces or punctuation (LANGUAGE.md §6.1), but may have letters of any script. */
  private static final Pattern CITY = Pattern.compile("[A-Z]{2}-[A-Z0-9]{0,6}-[\\p{L}\\p{N}]+");
  private static final BigDecimal LATITUDE = BigDecimal.valueOf(90);
  private static final BigDecimal LONGITUDE = BigDecimal.valueOf(180);

  private final SourceText source;
  private final List<Diagnostic> diagnostics;

  ValueChecker(SourceText source, List<Diagnostic> diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** True when the value fits; otherwise reports and returns false. */
  boolean check(ValueType type, List<String> allowed, Value value, String label) {
    Optional<String> problem = switch (type) {
      case INTEGER, INTEGER_LIST -> whole(value, label);
      case DECIMAL, DECIMAL_LIST -> number(value, label);
      case DATE -> value instanceof Value.DateValue ? Optional.empty()
          : invalid(value, label, "Use a date such as 2024-01-31, -30d or today.");
      case STRING, STRING_LIST, TAG_LIST -> text(value, label);
      case ENUM, ENUM_LIST -> enumValue(value, label, allowed);
      case BOOLEAN -> value instanceof Value.Bool ? Optional.empty() : invalid(value, label, "Use TRUE or FALSE.");
      case ID, ID_LIST -> id(value, label);
      case COUNTRY_LIST -> code(value, label, COUNTRY, "country code", "two upper-case letters, such as 'US'");
      case REGION_LIST -> code(value, label, REGION, "region code", "a country and province code, such as 'US-NY'");
      case CITY_LIST -> code(value, label, CITY, "city code",
          "country, province and city without spaces, such as 'US-NY-NewYorkCity'");
      case COORDINATES -> coordinates(value, label);
      case FUNCTION -> invalid(value, label, "Use MATCHES with parameters.");
    };
    problem.ifPresent(message -> report(value, message));
    return problem.isEmpty();
  }

  /** Reports a negative distance. */
  void checkNotNegated(Value value, String label) {
    BigDecimal number = switch (value) {
      case Value.Whole whole -> BigDecimal.valueOf(whole.value());
      case Value.Decimal decimal -> decimal.value();
      default -> BigDecimal.ZERO;
    };
    if (number.signum() < 0) {
      report(value, raw(value) + " is not a valid value for " + label + ". Use a distance of 0 or more.");
    }
  }

  private Optional<String> whole(Value value, String label) {
    return switch (value) {
      case Value.Whole whole -> Optional.empty();
      case Value.Decimal decimal -> invalid(value, label, "Use a whole number.");
      default -> invalid(value, label, "Use a number.");
    };
  }

  private Optional<String> number(Value value, String label) {
    return value instanceof Value.Whole || value instanceof Value.Decimal ? Optional.empty()
        : invalid(value, label, "Use a number, such as 100 or 49.90.");
  }

  private Optional<String> id(Value value, String label) {
    return value instanceof Value.Whole whole && whole.value() >= 0 ? Optional.empty()
        : invalid(value, label, "Use an id, such as 1234.");
  }

  private Optional<String> text(Value value, String label) {
    return value instanceof Value.Text ? Optional.empty() : invalid(value, label, "Put text in single quotes, such as 'vip'.");
  }

  private Optional<String> enumValue(Value value, String label, List<String> allowed) {
    if (!(value instanceof Value.Text text)) {
      return invalid(value, label, "Valid values: " + quoted(allowed) + ".");
    }
    if (allowed.contains(text.text())) {
      return Optional.empty();
    }
    Optional<String> close = allowed.stream().filter(a -> a.equalsIgnoreCase(text.text())).findFirst()
        .or(() -> Suggestions.closest(text.text(), allowed));
    return invalid(value, label, close.map(c -> "Did you mean '" + c + "'?")
        .orElse("Valid values: " + quoted(allowed) + "."));
  }

  private Optional<String> code(Value value, String label, Pattern pattern, String what, String shape) {
    if (!(value instanceof Value.Text text)) {
      return invalid(value, label, "Use " + shape + ".");
    }
    if (pattern.matcher(text.text()).matches()) {
      return Optional.empty();
    }
    String upper = upperCodePart(text.text());
    if (!upper.equals(text.text()) && pattern.matcher(upper).matches()) {
      return Optional.of(raw(value) + " is not a valid " + what + ". Did you mean '" + upper + "'?");
    }
    return Optional.of(raw(value) + " is not a valid " + what + ". Use " + shape + ".");
  }

  /** Upper-cases the country and province parts of a code, leaving a city name as it is. */
  private static String upperCodePart(String code) {
    int second = code.indexOf('-', code.indexOf('-') + 1);
    return second < 0 ? code.toUpperCase(Locale.ROOT)
        : code.substring(0, second).toUpperCase(Locale.ROOT) + code.substring(second);
  }

  private Optional<String> coordinates(Value value, String label) {
    if (value instanceof Value.Tuple tuple && tuple.values().size() == 2) {
      Optional<BigDecimal> lat = decimal(tuple.values().get(0));
      Optional<BigDecimal> lng = decimal(tuple.values().get(1));
      if (lat.isPresent() && lng.isPresent() && lat.get().abs().compareTo(LATITUDE) <= 0
          && lng.get().abs().compareTo(LONGITUDE) <= 0) {
        return Optional.empty();
      }
    }
    return invalid(value, label, "Use (latitude, longitude) in degrees, such as (42.6977, 23.3219).");
  }

  private static Optional<BigDecimal> decimal(Value value) {
    return switch (value) {
      case Value.Whole whole -> Optional.of(BigDecimal.valueOf(whole.value()));
      case Value.Decimal decimal -> Optional.of(decimal.value());
      default -> Optional.empty();
    };
  }

  private Optional<String> invalid(Value value, String label, String help) {
    return Optional.of(raw(value) + " is not a valid value for " + label + ". " + help);
  }

  private String raw(Value value) {
    Span span = value.span();
    String text = span.end() <= source.text().length() && span.end() > span.start()
        ? source.text().substring(span.start(), span.end()) : Printer.value(value);
    return Checker.shorten(text);
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
  }

  private void report(Value value, String message) {
    diagnostics.add(source.diagnostic(DiagnosticCode.INVALID_VALUE, value.span(), message, ""));
  }
}
