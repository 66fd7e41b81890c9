package org.segmentum.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.segmentum.engine.MembershipEvent;

/** Prints membership events as NDJSON: {@code {"at": INSTANT, "segment": ID, "customer": ID, "type": "joined|left"}}. */
final class EventPrinter {
  private static final JsonFactory JSON = new JsonFactory();

  private final PrintWriter out;

  EventPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(List<MembershipEvent> events) {
    try {
      for (MembershipEvent event : events) {
        JsonGenerator json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("at", event.at().toString());
        json.writeStringField("segment", event.segment());
        json.writeNumberField("customer", event.customerId());
        json.writeStringField("type", event.type().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
        json.close();
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    out.flush();
  }
}
