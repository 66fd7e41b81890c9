package org.segmentum.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams a newline-delimited JSON file ({@code .gz} when the name says so): one object per line,
 * blank lines skipped, each line parsed on its own with Jackson's streaming parser so that a
 * malformed line costs only that line.
 */
final class JsonLines {
  /** Shared and thread-safe once built. */
  static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final int BUFFER = 1 << 16;

  private JsonLines() {}

  /** Decodes the object on one line; throws {@link FieldException} to reject it. */
  interface LineDecoder<T> {
    T decode(FieldReader reader) throws IOException, FieldException;
  }

  /** Receives rejected lines. */
  interface Rejections {
    void reject(long line, String field, String reason);
  }

  /**
   * Decodes every non-blank line of {@code file}, handing accepted records to {@code sink} in file
   * order and rejected ones to {@code rejections}.
   *
   * @throws ModelException if the file cannot be read (including a corrupt gzip stream)
   */
  static <T> void read(Path file, LineDecoder<T> decoder, Consumer<? super T> sink, Rejections rejections) {
    try (BufferedReader in = open(file)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          readLine(line, number, decoder, sink, rejections);
        }
      }
    } catch (IOException e) {
      throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static <T> void readLine(
      String line, long number, LineDecoder<T> decoder, Consumer<? super T> sink, Rejections rejections) {
    T record;
    try (JsonParser parser = FACTORY.createParser(line)) {
      FieldReader reader = new FieldReader(parser);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        rejections.reject(number, null, "expected a JSON object on the line");
        return;
      }
      record = decoder.decode(reader);
      if (parser.nextToken() != null) {
        rejections.reject(number, null, "unexpected content after the JSON object");
        return;
      }
    } catch (JsonProcessingException e) {
      rejections.reject(number, null, "malformed JSON: " + e.getOriginalMessage());
      return;
    } catch (FieldException e) {
      rejections.reject(number, e.field(), e.reason());
      return;
    } catch (IOException e) {
      throw new ModelException("cannot parse line " + number + ": " + e.getMessage(), e);
    }
    sink.accept(record);
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      if (file.getFileName().toString().endsWith(".gz")) {
        in = new GZIPInputStream(in, BUFFER);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }
}
