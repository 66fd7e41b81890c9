package org.segmentum.bench.sidebyside;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one run, printed as JSON ({@code {"machine": {...}, "results": [...]}}, one object per
 * figure) or as a table with, per query, the ratio of each baseline to the engine.
 */
public record Report(Map<String, Object> machine, List<Figure> figures) {
  public Report {
    figures = List.copyOf(figures);
  }

  public void writeJson(Writer out) {
    try (JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeObjectFieldStart("machine");
      for (Map.Entry<String, Object> entry : machine.entrySet()) {
        json.writeFieldName(entry.getKey());
        if (entry.getValue() instanceof Number number) {
          json.writeNumber(number.doubleValue());
        } else {
          json.writeString(String.valueOf(entry.getValue()));
        }
      }
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (Figure figure : figures) {
        json.writeStartObject();
        json.writeStringField("workload", figure.workload());
        json.writeStringField("query", figure.query());
        json.writeStringField("size", figure.size());
        json.writeStringField("system", figure.system());
        for (Map.Entry<String, Double> value : figure.values().entrySet()) {
          json.writeNumberField(value.getKey(), round(value.getValue()));
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void writeTable(PrintWriter out) {
    out.println("machine: " + machine);
    out.printf(Locale.ROOT, "%-8s %-22s %-5s %-20s %s%n", "workload", "query", "size", "system", "figures");
    for (Figure figure : figures) {
      StringBuilder values = new StringBuilder();
      figure.values().forEach((name, value) -> values.append(name).append('=')
          .append(String.format(Locale.ROOT, "%.4g", value)).append("  "));
      ratio(figure).ifPresent(r -> values.append(String.format(Locale.ROOT, "ratio_vs_engine=%.1fx", r)));
      out.printf(Locale.ROOT, "%-8s %-22s %-5s %-20s %s%n", figure.workload(), figure.query(), figure.size(),
          figure.system(), values.toString().strip());
    }
    out.flush();
  }

  /** For a baseline's W1/W3 latency: its p50 divided by the engine's cold p50 for the same query. */
  Optional<Double> ratio(Figure figure) {
    if (figure.system().startsWith(EngineWorkloads.SYSTEM) || !figure.values().containsKey("p50_ms")) {
      return Optional.empty();
    }
    String engineSystem = figure.workload().equals("W1") ? EngineWorkloads.SYSTEM + ":cold" : EngineWorkloads.SYSTEM;
    return figures.stream().filter(f -> f.workload().equals(figure.workload()) && f.query().equals(figure.query())
            && f.size().equals(figure.size()) && f.system().equals(engineSystem))
        .map(f -> f.values().get("p50_ms")).filter(v -> v != null && v > 0).findFirst()
        .map(engineP50 -> figure.values().get("p50_ms") / engineP50);
  }

  /** All ratios, as extra figures (system "ratio:&lt;baseline&gt;"). */
  public List<Figure> withRatios() {
    List<Figure> all = new ArrayList<>(figures);
    for (Figure figure : figures) {
      ratio(figure).ifPresent(r -> all.add(Figure.value(figure.workload(), figure.query(), figure.size(),
          "ratio:" + figure.system(), "baseline_over_engine", r)));
    }
    return all;
  }

  private static double round(double value) {
    return Double.isFinite(value) ? Math.round(value * 10_000) / 10_000.0 : -1;
  }
}
