package org.segmentum.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Arbitrary query texts, mostly wrong: soups of the language's tokens, character- and byte-level
 * mutations of the golden queries, deep nesting, very long tokens, unicode and control characters, and
 * texts around the length limit.
 */
final class RandomInputs {
  private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "BETWEEN", "CONTAINS", "MATCHES", "IN",
      "IS", "NULL", "TRUE", "FALSE", "and", "or", "not", "Between", "contains", "matches", "in", "is", "null");
  private static final List<String> WORDS = Stream.concat(Stream.concat(
      FilterCatalog.standard().filters().keySet().stream(), FilterCatalog.standard().aliases().keySet().stream()),
      Stream.of("anniversary", "date", "id", "tag", "count", "count_at_least", "coordinates", "distance_km", "status",
          "metafields.loyalty.points", "metafields.facts.birth_date", "birth_date", "today", "yesterday",
          "7_days_ago", "12_months_ago", "foo", "x", "_", "a.b", "amount_spent.", "metafields..x")).toList();
  private static final List<String> SYMBOLS = List.of("(", ")", ",", ":", "=", "!=", ">", ">=", "<", "<=", "!", "'",
      "\"", "\\", ";", "&", "?", ".", "-", "+", "((", "))", "()");
  private static final List<String> VALUES = List.of("'vip'", "'it\\'s'", "'\\\\'", "'bad\\q'", "'unclosed", "''",
      "100", "-5", "1.5", "+5", "-0", "99999999999999999999", "2024-01-31", "2024-02-30", "2024-01-31T13:45:00",
      "2024-1-1", "2024-01-31T25:00", "-30d", "30d", "+2w", "-3m", "-1y", "-100001d", "-9999999999d", "1e5",
      "(1, 2)", "(42.6977, 23.3219)", "('PAID', 'OPEN')", "\"double\"", "'SUBSCRIBED'", "'US'", "'us-ny'");
  private static final List<String> SPACES = List.of(" ", " ", " ", "", "\t", "\n", "\r\n", "\r", "  ");
  private static final List<String> EXOTIC = List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u00a0", "\u200f",
      "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "日本", "\u2028", "\ufffd", "é", "İ", "ß", "\u0301");

  private final SplittableRandom random;
  private final List<String> corpus;

  RandomInputs(SplittableRandom random, List<String> corpus) {
    this.random = random;
    this.corpus = corpus;
  }

  String next() {
    int mode = random.nextInt(100);
    if (mode < 40) {
      return soup(1 + random.nextInt(40));
    }
    if (mode < 65) {
      return mutateChars(pick(corpus), 1 + random.nextInt(4));
    }
    if (mode < 80) {
      return mutateBytes(pick(corpus), 1 + random.nextInt(4));
    }
    if (mode < 88) {
      return deep();
    }
    if (mode < 93) {
      return longToken();
    }
    if (mode < 98) {
      return exotic(1 + random.nextInt(60));
    }
    String base = pick(corpus);
    return base + " ".repeat(Math.max(0, 4999 + random.nextInt(3) - base.length()));
  }

  private String soup(int tokens) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      List<String> kind = switch (random.nextInt(5)) {
        case 0 -> KEYWORDS;
        case 1 -> WORDS;
        case 2 -> SYMBOLS;
        case 3 -> VALUES;
        default -> random.nextInt(4) == 0 ? EXOTIC : SYMBOLS;
      };
      out.append(pick(kind)).append(pick(SPACES));
    }
    return out.toString();
  }

  private String mutateChars(String text, int mutations) {
    StringBuilder out = new StringBuilder(text);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(out.length() + 1);
      int to = Math.min(out.length(), at + random.nextInt(1, 8));
      switch (random.nextInt(5)) {
        case 0 -> out.delete(at, to);
        case 1 -> out.insert(at, pick(random.nextBoolean() ? SYMBOLS : EXOTIC));
        case 2 -> out.insert(at, pick(random.nextBoolean() ? KEYWORDS : VALUES) + " ");
        case 3 -> out.insert(at, out.substring(at, to).repeat(1 + random.nextInt(3)));
        default -> out.setLength(at);
      }
    }
    return out.toString();
  }

  private String mutateBytes(String text, int mutations) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      return text;
    }
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
        default -> bytes[at] = (byte) (0x80 | random.nextInt(64)); // a stray continuation byte
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private String deep() {
    int depth = random.nextInt(1, 2600);
    String open = pick(List.of("(", "NOT ", "NOT (", "( NOT "));
    String inner = random.nextBoolean() ? "amount_spent > 1" : pick(VALUES);
    String close = random.nextBoolean() ? ")".repeat(depth) : "";
    String text = open.repeat(depth) + inner + close;
    return random.nextInt(4) == 0 ? "amount_spent = " + "(".repeat(depth) : text;
  }

  private String longToken() {
    int length = random.nextInt(1, 5200);
    return switch (random.nextInt(6)) {
      case 0 -> "a".repeat(length) + " > 1";
      case 1 -> "customer_tags CONTAINS '" + "x".repeat(length);
      case 2 -> "number_of_orders > " + "9".repeat(length);
      case 3 -> "last_order_date > -" + "1".repeat(length) + "d";
      case 4 -> "last_order_date > 2024-" + "0".repeat(length) + "-01";
      default -> "amount_spent > 1." + "5".repeat(length);
    };
  }

  private String exotic(int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextBoolean()) {
        out.append((char) random.nextInt(0x10000));
      } else {
        out.append(pick(random.nextBoolean() ? EXOTIC : SYMBOLS));
      }
    }
    return out.toString();
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Every query of the golden files, to mutate. */
  static List<String> goldenCorpus() {
    List<String> corpus = new ArrayList<>();
    GoldenFile.read("valid.queries").forEach(e -> corpus.add(e.text()));
    GoldenFile.read("invalid.queries").forEach(e -> corpus.add(e.text()));
    GoldenFile.read("canonical.pairs").forEach(e -> corpus.add(e.text().substring(0, e.text().indexOf(" → "))));
    return List.copyOf(corpus);
  }
}
