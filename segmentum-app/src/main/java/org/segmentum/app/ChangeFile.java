package org.segmentum.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.segmentum.engine.Change;
import org.segmentum.model.RecordDecoding;
import org.segmentum.model.Store;

/**
 * The changes file of {@code segmentum simulate}: NDJSON lines {@code {"at": INSTANT, "kind": KIND,
 * "record": {...}}} where the record has the exchange format of its entity (DATA.md §2). Kinds:
 * customer, order, checkout, event, product, category, delete_customer. Returned in time order (stable).
 */
final class ChangeFile {
  private static final JsonFactory JSON = new JsonFactory();

  /** One change and when it happens. */
  record TimedChange(Instant at, Change change) {
  }

  private ChangeFile() {
  }

  /** The changes, or null (after printing every problem with its line) when any line is bad. */
  static List<TimedChange> read(Path file, Store store, PrintWriter err) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<TimedChange> changes = new ArrayList<>();
    boolean valid = true;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        changes.add(parse(lines.get(i), store));
      } catch (IllegalArgumentException | IOException e) {
        err.printf("%s line %d: %s%n", file, i + 1, e.getMessage());
        valid = false;
      }
    }
    err.flush();
    changes.sort(Comparator.comparing(TimedChange::at));
    return valid ? changes : null;
  }

  private static TimedChange parse(String line, Store store) throws IOException {
    Instant at = null;
    String kind = null;
    String record = null;
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "at" -> at = instant(parser.getValueAsString());
          case "kind" -> kind = parser.getValueAsString();
          case "record" -> record = copy(parser);
          default -> parser.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
    }
    if (at == null || kind == null || record == null) {
      throw new IllegalArgumentException("needs \"at\", \"kind\" and \"record\"");
    }
    return new TimedChange(at, change(kind, record, store));
  }

  private static Change change(String kind, String record, Store store) {
    return switch (kind) {
      case "customer" -> new Change.CustomerUpsert(value(RecordDecoding.customer(record, store.metafieldDefinitions())));
      case "order" -> new Change.OrderUpsert(value(RecordDecoding.order(record)));
      case "checkout" -> new Change.CheckoutUpsert(value(RecordDecoding.checkout(record)));
      case "event" -> new Change.EventAdded(value(RecordDecoding.event(record)));
      case "product" -> new Change.ProductUpsert(value(RecordDecoding.product(record)));
      case "category" -> new Change.CategoryUpsert(value(RecordDecoding.category(record)));
      case "delete_customer" -> new Change.CustomerDeletion(value(RecordDecoding.id(record)));
      default -> throw new IllegalArgumentException("unknown kind '" + kind
          + "' (use customer, order, checkout, event, product, category or delete_customer)");
    };
  }

  private static <T> T value(RecordDecoding.Result<T> result) {
    return switch (result) {
      case RecordDecoding.Result.Decoded<T> decoded -> decoded.value();
      case RecordDecoding.Result.Rejected<T> rejected -> throw new IllegalArgumentException(
          "record field " + rejected.field() + ": " + rejected.reason());
    };
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("\"at\" is not an instant: " + text);
    }
  }

  private static String copy(JsonParser parser) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(text)) {
      generator.copyCurrentStructure(parser);
    }
    return text.toString();
  }
}
