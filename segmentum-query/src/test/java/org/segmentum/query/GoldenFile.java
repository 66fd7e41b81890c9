package org.segmentum.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the golden query files under {@code src/test/resources/golden/} (their headers describe the
 * format): '#' comments and blank lines are skipped, a line starting with '|' continues the query above
 * on a new line, and {@code {{text}}*N} stands for text repeated N times.
 */
final class GoldenFile {
  private static final Pattern REPEAT = Pattern.compile("\\{\\{(.*?)}}\\*(\\d+)");

  /** One query of a file, with the line it starts on (for messages) and what follows it. */
  record Entry(int line, String text, List<String> expected) {
    @Override
    public String toString() {
      String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
      return "line " + line + ": " + shown.replace("\n", "⏎");
    }
  }

  private GoldenFile() {
  }

  /** The queries of a file; lines starting with '!' after a query are its expectations. */
  static List<Entry> read(String name) {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = lines(name);
    int start = 0;
    StringBuilder text = null;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("|")) {
        requireQuery(text, name, i);
        text.append('\n').append(line.startsWith("| ") ? line.substring(2) : line.substring(1));
      } else if (line.startsWith("! ")) {
        requireQuery(text, name, i);
        expected.add(line.substring(2));
      } else {
        if (text != null) {
          entries.add(new Entry(start, expand(text.toString()), List.copyOf(expected)));
        }
        start = i + 1;
        text = new StringBuilder(line);
        expected.clear();
      }
    }
    if (text != null) {
      entries.add(new Entry(start, expand(text.toString()), List.copyOf(expected)));
    }
    return entries;
  }

  /** Replaces every {@code {{text}}*N} by text repeated N times. */
  static String expand(String text) {
    Matcher matcher = REPEAT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1).repeat(Integer.parseInt(matcher.group(2)))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The raw lines of a golden file. */
  static List<String> lines(String name) {
    try (InputStream in = GoldenFile.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource golden/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void requireQuery(StringBuilder text, String name, int index) {
    if (text == null) {
      throw new IllegalStateException(name + " line " + (index + 1) + ": continuation or expectation without a query");
    }
  }
}
