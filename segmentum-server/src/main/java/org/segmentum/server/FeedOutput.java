package org.segmentum.server;

import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentum.model.ShopifyCustomerCsv;
import org.segmentum.storage.StoredEvent;

/**
 * Writes a feed's answer in one of its formats, row by row, straight to the response:
 * <ul>
 *   <li>{@code json}: one object, the {@code head} members, then an array ({@code members} or {@code changes}),
 *   then the {@code tail} members (known only at the end, such as the count);</li>
 *   <li>{@code ndjson}: one JSON object per row and nothing else;</li>
 *   <li>{@code csv}: a header row of the feed's fields (after {@code cursor, type, at} for changes) and one row
 *   each, every cell neutralised against spreadsheet formulas.</li>
 * </ul>
 * A change is {@code {"cursor", "type", "at", "customer": {fields}}} in JSON and NDJSON.
 */
final class FeedOutput implements AutoCloseable {
  /** The formats a feed is served in. */
  enum Format {
    JSON("application/json"),
    NDJSON("application/x-ndjson"),
    CSV("text/csv; charset=utf-8");

    final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    static Optional<Format> parse(String text) {
      for (Format format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(text)) {
          return Optional.of(format);
        }
      }
      return Optional.empty();
    }
  }

  private static final List<String> CHANGE_COLUMNS = List.of("cursor", "type", "at");
  private final Format format;
  private final List<FeedField> fields;
  private final Writer text;
  private final JsonGenerator json;
  private final CsvWriter csv;
  private long rows;

  private FeedOutput(Format format, List<FeedField> fields, OutputStream out) throws IOException {
    this.format = format;
    this.fields = fields;
    this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.json = format == Format.CSV ? null : Json.MAPPER.createGenerator(text).setRootValueSeparator(null)
        .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    this.csv = format == Format.CSV ? CsvWriter.builder().build(text) : null;
  }

  /** Starts an answer of rows named {@code array} ({@code members} or {@code changes}). */
  static FeedOutput start(Format format, List<FeedField> fields, OutputStream out, Map<String, Object> head,
      String array) throws IOException {
    FeedOutput output = new FeedOutput(format, fields, out);
    switch (format) {
      case JSON -> {
        output.json.writeStartObject();
        for (Map.Entry<String, Object> member : head.entrySet()) {
          output.json.writeObjectField(member.getKey(), member.getValue());
        }
        output.json.writeArrayFieldStart(array);
      }
      case NDJSON -> { }
      case CSV -> {
        List<String> header = new ArrayList<>(array.equals("changes") ? CHANGE_COLUMNS : List.of());
        fields.forEach(field -> header.add(field.wireName()));
        output.csv.writeRecord(header);
      }
    }
    return output;
  }

  long rows() {
    return rows;
  }

  void member(FeedField.Member member) throws IOException {
    rows++;
    switch (format) {
      case JSON -> json.writeObject(values(member));
      case NDJSON -> line(values(member));
      case CSV -> csv.writeRecord(cells(List.of(), member));
    }
  }

  void change(StoredEvent event, FeedField.Member member) throws IOException {
    rows++;
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("cursor", Long.toString(event.seq()));
    change.put("type", event.type());
    change.put("at", event.at().toString());
    switch (format) {
      case JSON -> {
        change.put("customer", values(member));
        json.writeObject(change);
      }
      case NDJSON -> {
        change.put("customer", values(member));
        line(change);
      }
      case CSV -> csv.writeRecord(cells(List.of(Long.toString(event.seq()), event.type(), event.at().toString()),
          member));
    }
  }

  /** Ends the answer with the {@code tail} members (JSON only) and flushes. */
  void finish(Map<String, Object> tail) throws IOException {
    if (format == Format.JSON) {
      json.writeEndArray();
      for (Map.Entry<String, Object> member : tail.entrySet()) {
        json.writeObjectField(member.getKey(), member.getValue());
      }
      json.writeEndObject();
    }
    flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void flush() throws IOException {
    if (json != null) {
      json.flush();
    }
    if (csv != null) {
      csv.flush();
    }
    text.flush();
  }

  private Map<String, Object> values(FeedField.Member member) {
    Map<String, Object> values = new LinkedHashMap<>();
    fields.forEach(field -> values.put(field.wireName(), field.value(member)));
    return values;
  }

  private List<String> cells(List<String> first, FeedField.Member member) {
    List<String> cells = new ArrayList<>(first);
    fields.forEach(field -> cells.add(ShopifyCustomerCsv.spreadsheetSafe(field.text(member))));
    return cells;
  }

  private void line(Map<String, Object> object) throws IOException {
    json.writeObject(object);
    json.flush();
    text.write('\n');
  }
}
