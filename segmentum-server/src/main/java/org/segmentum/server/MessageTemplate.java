package org.segmentum.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A message template: text with placeholders {@code {{field}}} and {@code {{field|default}}} (blanks around
 * the name and the default are ignored). A placeholder is replaced by the customer's value, or by its
 * default when the value is missing or blank (by nothing without a default). In an HTML body, values and
 * defaults are HTML-escaped and the template's own markup is kept; subjects and text messages are plain.
 * Templates are checked when saved: an unknown field or an unclosed {@code {{} is a {@link Problem} with
 * its position. Immutable.
 */
final class MessageTemplate {
  /** How inserted values are written. */
  enum Escaping {
    HTML,
    PLAIN
  }

  /** What is wrong with a template, at a character offset. */
  record Problem(int offset, String message) {
    Problem {
      Objects.requireNonNull(message, "message");
    }
  }

  /** A parsed template or what is wrong with it. */
  sealed interface Parsed {
    record Valid(MessageTemplate template) implements Parsed {
    }

    record Invalid(List<Problem> problems) implements Parsed {
      public Invalid {
        problems = List.copyOf(problems);
      }
    }
  }

  private sealed interface Part {
    record Text(String text) implements Part {
    }

    record Field(String name, String fallback) implements Part {
    }
  }

  private static final String OPEN = "{{";
  private static final String CLOSE = "}}";
  private final List<Part> parts;

  private MessageTemplate(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Parses a template, accepting only the given field names. */
  static Parsed parse(String text, Set<String> fields) {
    List<Part> parts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf(OPEN, at);
      if (open < 0) {
        parts.add(new Part.Text(text.substring(at)));
        break;
      }
      if (open > at) {
        parts.add(new Part.Text(text.substring(at, open)));
      }
      int close = text.indexOf(CLOSE, open + OPEN.length());
      int nested = text.indexOf(OPEN, open + OPEN.length());
      if (close < 0 || (nested >= 0 && nested < close)) {
        problems.add(new Problem(open, "'{{' at offset " + open + " is not closed with '}}'"));
        at = close < 0 ? text.length() : nested;
        continue;
      }
      String inside = text.substring(open + OPEN.length(), close);
      int bar = inside.indexOf('|');
      String name = (bar < 0 ? inside : inside.substring(0, bar)).strip();
      String fallback = bar < 0 ? "" : inside.substring(bar + 1).strip();
      if (!fields.contains(name)) {
        problems.add(new Problem(open, (name.isEmpty() ? "an empty placeholder" : "unknown field '" + name + "'")
            + " at offset " + open + "; known fields: " + String.join(", ", fields.stream().sorted().toList())));
      }
      parts.add(new Part.Field(name, fallback));
      at = close + CLOSE.length();
    }
    return problems.isEmpty() ? new Parsed.Valid(new MessageTemplate(parts)) : new Parsed.Invalid(problems);
  }

  /** The text with every placeholder replaced; {@code values} maps field names to values (absent: missing). */
  String render(Map<String, String> values, Escaping escaping) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      switch (part) {
        case Part.Text text -> out.append(text.text());
        case Part.Field field -> {
          String value = values.get(field.name());
          String chosen = value == null || value.isBlank() ? field.fallback() : value;
          out.append(escaping == Escaping.HTML ? html(chosen) : chosen);
        }
      }
    }
    return out.toString();
  }

  /** The fields the template uses, in order of first use. */
  List<String> fields() {
    return parts.stream().filter(Part.Field.class::isInstance).map(part -> ((Part.Field) part).name()).distinct()
        .toList();
  }

  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
