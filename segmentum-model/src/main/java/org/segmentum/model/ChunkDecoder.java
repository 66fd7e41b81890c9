package org.segmentum.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a chunk of whole lines of newline-delimited JSON into records and rejections, with the
 * meaning that {@link #readLine} gives each line on its own.
 *
 * <p>Creating a parser per line is slow, so the chunk is streamed through one parser, which sees
 * the lines as a sequence of root values. A record is taken from the stream only when it is certain
 * that the line alone would give the same: the value is an object, it starts and ends on one line,
 * it decoded without a problem, and the next value starts on a later line. Anything else (a problem,
 * a value spanning lines, two values on a line) sends that one line to {@link #readLine}, which
 * gives the record or the rejection, and the stream restarts on the next line. Lines that the stream
 * skips hold only JSON whitespace, so they are blank for {@link #readLine} too.
 *
 * <p>Thread-safe if the line decoder is.
 */
final class ChunkDecoder<T> {
  /** A rejected line, numbered from 1 at the chunk's first line, after {@code recordsBefore} records of the chunk. */
  record Rejection(int recordsBefore, long line, String field, String reason) {}

  /** What a chunk decoded to; {@code lines} is the number of line terminators in it. */
  record Decoded<T>(List<T> records, List<Rejection> rejections, long lines) {}

  private final JsonLines.LineDecoder<T> decoder;
  /** One per thread, kept from chunk to chunk so that equal values all through a file are shared. */
  private final ThreadLocal<DecimalText> decimalTexts = ThreadLocal.withInitial(() -> new DecimalText(14));
  private final ThreadLocal<SharedValues> sharedValues = ThreadLocal.withInitial(() -> new SharedValues(15));

  ChunkDecoder(JsonLines.LineDecoder<T> decoder) {
    this.decoder = decoder;
  }

  /** Decodes the lines in {@code text[from, to)}. */
  Decoded<T> decode(char[] text, int from, int to) throws IOException {
    Output<T> out = new Output<>(decimalTexts.get(), sharedValues.get());
    int start = from;
    long line = 1;
    while (true) {
      try (JsonParser parser = JsonLines.FACTORY.createParser(text, start, to - start)) {
        long alone = stream(parser, line, out);
        if (alone == 0) {
          // line - 1 terminators before the parser's input, and one per line the parser went past.
          long terminators = (line - 1) + (parser.currentLocation().getLineNr() - 1);
          return new Decoded<>(out.records, out.rejections, terminators);
        }
        // Lines before `alone` are done: taken from the stream, or blank.
        int lineStart = Lines.skip(text, start, to, alone - line);
        int lineEnd = Lines.end(text, lineStart, to);
        readLine(new String(text, lineStart, lineEnd - lineStart), alone, out);
        start = Lines.skip(text, lineEnd, to, 1);
        line = alone + 1;
      }
    }
  }

  /**
   * Streams the records from {@code parser}, whose input starts at line {@code first}; returns 0 at
   * the end of the input, or the number of a line to be read alone.
   */
  private long stream(JsonParser parser, long first, Output<T> out) throws IOException {
    FieldReader reader = new FieldReader(parser, out.decimals, out.shared);
    long line = first;
    try {
      JsonToken token = parser.nextToken();
      while (token != null) {
        line = first + tokenLine(parser) - 1;
        if (token != JsonToken.START_OBJECT) {
          return line;
        }
        T record = decoder.decode(reader);
        if (first + tokenLine(parser) - 1 != line) {
          return line;
        }
        token = parser.nextToken();
        if (token != null && first + tokenLine(parser) - 1 == line) {
          return line;
        }
        out.records.add(record);
      }
      return 0;
    } catch (JsonProcessingException | FieldException e) {
      return line;
    }
  }

  /** The line of the current token (not a field name), counted from 1 where the parser's input starts. */
  private static int tokenLine(JsonParser parser) {
    // Jackson's text parsers know it without allocating a location.
    return parser instanceof ParserBase base ? base.getTokenLineNr() : parser.currentTokenLocation().getLineNr();
  }

  /** Decodes one line on its own: the definition of what a line means. */
  private void readLine(String line, long number, Output<T> out) {
    if (line.isBlank()) {
      return;
    }
    T record;
    try (JsonParser parser = JsonLines.FACTORY.createParser(line)) {
      FieldReader reader = new FieldReader(parser, out.decimals, out.shared);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        out.reject(number, null, "expected a JSON object on the line");
        return;
      }
      record = decoder.decode(reader);
      if (parser.nextToken() != null) {
        out.reject(number, null, "unexpected content after the JSON object");
        return;
      }
    } catch (JsonProcessingException e) {
      out.reject(number, null, "malformed JSON: " + e.getOriginalMessage());
      return;
    } catch (FieldException e) {
      out.reject(number, e.field(), e.reason());
      return;
    } catch (IOException e) {
      throw new ModelException("cannot parse line " + number + ": " + e.getMessage(), e);
    }
    out.records.add(record);
  }

  /** What a chunk decoded to so far, and how it decodes amounts. */
  private static final class Output<T> {
    final List<T> records = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final DecimalText decimals;
    final SharedValues shared;

    Output(DecimalText decimals, SharedValues shared) {
      this.decimals = decimals;
      this.shared = shared;
    }

    void reject(long line, String field, String reason) {
      rejections.add(new Rejection(records.size(), line, field, reason));
    }
  }

  /** Line boundaries, with the terminators of {@link LineChunks}. */
  private static final class Lines {
    private Lines() {}

    /** The index after {@code count} line terminators from {@code i}, or {@code to}. */
    static int skip(char[] text, int i, int to, long count) {
      for (long n = 0; n < count && i < to; n++) {
        i = end(text, i, to);
        if (i < to && text[i++] == '\r' && i < to && text[i] == '\n') {
          i++;
        }
      }
      return i;
    }

    /** The index of the first line terminator from {@code i}, or {@code to}. */
    static int end(char[] text, int i, int to) {
      while (i < to && text[i] != '\n' && text[i] != '\r') {
        i++;
      }
      return i;
    }
  }
}
