package org.segmentum.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentum.query.MetafieldDefinition;
import org.segmentum.query.MetafieldType;

/**
 * Differential test of {@link JsonLines}: on random files full of awkward lines (line ends of every
 * kind, blank and almost blank lines, values spanning lines or sharing one, malformed and invalid
 * records, a byte order mark, bad UTF-8, lines longer than a chunk) and with small chunks, it must
 * give exactly what reading line by line, each line with a parser of its own, gives.
 */
class JsonLinesTest {
  private static final Map<String, MetafieldDefinition> DEFINITIONS = Map.of(
      "l.int", new MetafieldDefinition("l", "int", "int", MetafieldType.INTEGER),
      "l.decs", new MetafieldDefinition("l", "decs", "decs", MetafieldType.DECIMAL_LIST));
  private static final JsonLines.LineDecoder<Order> ORDERS = r -> OrderDecoder.decode(r, id -> id < 50);
  private static final JsonLines.LineDecoder<CustomerLine> CUSTOMERS = r -> CustomerDecoder.decode(r, DEFINITIONS);

  @TempDir Path dir;

  @Test
  void ordersAgreeWithReadingLineByLine() throws IOException {
    for (long seed = 0; seed < 150; seed++) {
      assertAgrees(seed, ORDERS, JsonLinesTest::orderLine);
    }
  }

  @Test
  void customersAgreeWithReadingLineByLine() throws IOException {
    for (long seed = 1_000; seed < 1_100; seed++) {
      assertAgrees(seed, CUSTOMERS, JsonLinesTest::customerLine);
    }
  }

  @Test
  void numbersLinesAcrossManyChunks() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5_000; i++) {
      text.append(i % 997 == 0 ? "{\"id\": \"bad\"}" : orderJson(i, 1, "\"2025-01-01T00:00:00Z\"", "\"1.00\"", ""))
          .append(i % 3 == 0 ? "\r\n" : "\n");
    }
    Path file = write("orders.ndjson", text.toString().getBytes(StandardCharsets.UTF_8));

    List<String> actual = read(file, ORDERS, 97);

    assertThat(actual).hasSize(5_000).isEqualTo(reference(file, ORDERS));
    assertThat(actual).filteredOn(s -> s.startsWith("rejected")).containsExactly(
        "rejected 997 id expected an integer id, found the string \"bad\"",
        "rejected 1994 id expected an integer id, found the string \"bad\"",
        "rejected 2991 id expected an integer id, found the string \"bad\"",
        "rejected 3988 id expected an integer id, found the string \"bad\"",
        "rejected 4985 id expected an integer id, found the string \"bad\"");
  }

  private <T> void assertAgrees(long seed, JsonLines.LineDecoder<T> decoder, LineMaker lines) throws IOException {
    Random random = new Random(seed);
    byte[] bytes = randomFile(random, lines);
    boolean gzip = random.nextInt(4) == 0;
    Path file = write(gzip ? "f.ndjson.gz" : "f.ndjson", bytes);
    int chunk = 8 + random.nextInt(random.nextBoolean() ? 64 : 1_000);

    assertThat(read(file, decoder, chunk))
        .as("seed %d, chunk %d, file:%n%s", seed, chunk, new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo(reference(file, decoder));
  }

  /** Everything {@link JsonLines} hands on, in order. */
  private static <T> List<String> read(Path file, JsonLines.LineDecoder<T> decoder, int chunk) {
    List<String> out = new ArrayList<>();
    JsonLines.read(file, decoder, record -> out.add("record " + record),
        (line, field, reason) -> out.add("rejected " + line + " " + field + " " + reason), chunk);
    return out;
  }

  /** What reading line by line gives: the definition. */
  private static <T> List<String> reference(Path file, JsonLines.LineDecoder<T> decoder) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.toString().endsWith(".gz")) {
      bytes = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8))) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          out.add(referenceLine(line, number, decoder));
        }
      }
    }
    return out;
  }

  private static <T> String referenceLine(String line, long number, JsonLines.LineDecoder<T> decoder)
      throws IOException {
    try (JsonParser parser = JsonLines.FACTORY.createParser(line)) {
      FieldReader reader = new FieldReader(parser, new DecimalText(), new SharedValues());
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return "rejected " + number + " null expected a JSON object on the line";
      }
      T record = decoder.decode(reader);
      if (parser.nextToken() != null) {
        return "rejected " + number + " null unexpected content after the JSON object";
      }
      return "record " + record;
    } catch (JsonProcessingException e) {
      return "rejected " + number + " null malformed JSON: " + e.getOriginalMessage();
    } catch (FieldException e) {
      return "rejected " + number + " " + e.field() + " " + e.reason();
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    if (name.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
    return file;
  }

  interface LineMaker {
    String line(Random random, int n);
  }

  private static byte[] randomFile(Random random, LineMaker lines) {
    var out = new java.io.ByteArrayOutputStream();
    if (random.nextInt(5) == 0) {
      out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
    }
    int count = random.nextInt(60);
    for (int n = 0; n < count; n++) {
      String line = switch (random.nextInt(20)) {
        case 0 -> pick(random, "", " ", "\t", "  \t ", "\f", "\u000B", "\u2003", "\u00A0", "\u001C", "\uFEFF");
        case 1 -> pick(random, "[1, 2]", "5", "\"x\"", "null", "{}", "}", "{", "[", "{\"id\": 1,", "\"id\": 2}",
            "{\"id\": 1}}", "{\"id\": 1} {\"id\": 2}", "{\"id\": 1}x", "{\"id\": 1},", "{\"id\": 1}  ", "tru",
            "{\"id\": 1, \"line_items\": [", "1, 2]}", "/* c */ {\"id\": 1}", "{\"id\": 1} // c", "\uFEFF{\"id\": 1}");
        case 2 -> {
          String whole = lines.line(random, n);
          yield whole.substring(0, random.nextInt(whole.length() + 1));
        }
        case 3 -> lines.line(random, n) + " " + lines.line(random, n + 1);
        case 4 -> lines.line(random, n).replace(", ", random.nextBoolean() ? ",\n" : ",\r\n  ");
        case 5 -> lines.line(random, n).replace("\"", random.nextBoolean() ? "\u00e9\"" : "\"\ud83d\ude00");
        case 6 -> "   \t" + lines.line(random, n) + "\t  ";
        default -> lines.line(random, n);
      };
      if (random.nextInt(40) == 0) {
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC3});
      }
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (n < count - 1 || random.nextBoolean()) {
        out.writeBytes(pick(random, "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\r\r\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static String orderLine(Random random, int n) {
    String at = pick(random, "\"2025-01-01T00:00:00Z\"", "\"2025-02-01T10:00:00+02:00\"", "\"2025-01-01T00:00:00.5Z\"",
        "\"2025-01-01\"", "\"2025-02-30T00:00:00Z\"", "5", "null");
    String price = pick(random, "\"43.85\"", "\"0.00\"", "12.5", "1", "\"12,50\"", "\"1e5\"", "true", "1e400",
        "\"12345678901234567890.12\"", "-0.0");
    String more = pick(random, "", ", \"status\": \"FULFILLED\"", ", \"status\": \"SHIPPED\"", ", \"test\": true",
        ", \"refunded_amount\": \"1.00\"", ", \"cancelled_at\": \"2025-01-02T00:00:00Z\"", ", \"location_id\": 2",
        ", \"app_id\": -1", ", \"app_id\": 18446744073709551615", ", \"x\": {\"deep\": [1, {\"a\": null}]}",
        ", \"line_items\": [{\"product_id\": 1, \"quantity\": 2, \"price\": \"9.99\"}, {\"product_id\": 2}]",
        ", \"line_items\": [{\"quantity\": 2}]", ", \"line_items\": [null]", ", \"line_items\": {}",
        ", \"line_items\": [{\"product_id\": 1, \"price\": \"x\"}]", ", \"id\": 7");
    return orderJson(n % 7 == 0 ? -n : n, random.nextInt(60), at, price, more);
  }

  private static String orderJson(long id, long customer, String at, String price, String more) {
    return "{\"id\": " + id + ", \"customer_id\": " + customer + ", \"created_at\": " + at + ", \"total_price\": "
        + price + more + "}";
  }

  private static String customerLine(Random random, int n) {
    String more = pick(random, "", ", \"deleted\": true", ", \"tags\": [\"vip\", null]", ", \"tags\": [\"a\", \"b\"]",
        ", \"channels\": [\"EMAIL\", \"FAX\"]", ", \"addresses\": [{\"city\": \"Sofia\", \"latitude\": 42.7}, {}]",
        ", \"addresses\": [{}, {\"latitude\": \"north\"}]", ", \"metafields\": {\"l.int\": 5, \"u.x\": [1, 2.5]}",
        ", \"metafields\": {\"l.decs\": [\"1,5\"]}", ", \"metafields\": {\"nodot\": 1}", ", \"state\": \"ACTIVE\"",
        ", \"birth_date\": \"1990-02-30\"", ", \"birth_date\": \"1990-02-28\"", ", \"updated_at\": 5",
        ", \"company_ids\": [1, -1]", ", \"first_name\": \"J\\u00f6rg \\\"J\\\"\"");
    return "{\"id\": " + (n % 5) + ", \"created_at\": \"2025-01-0" + (1 + random.nextInt(9)) + "T10:00:00Z\"" + more
        + "}";
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
