package org.segmentum.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.segmentum.query.MetafieldDefinition;

/**
 * Decodes one record of the exchange format (DATA.md §2) from its JSON text, with the same rules as the
 * store-directory reader: a bad record is a {@link Result.Rejected} naming the field and the reason,
 * never an exception. References to customers are not checked here (the caller knows its customers).
 */
public final class RecordDecoding {
  /** A decoded record, or why it was rejected. */
  public sealed interface Result<T> {
    /** The record. */
    record Decoded<T>(T value) implements Result<T> {
      public Decoded {
        Objects.requireNonNull(value, "value");
      }
    }

    /** The problem; {@code field} is empty when it is the whole text (malformed JSON). */
    record Rejected<T>(String field, String reason) implements Result<T> {
      public Rejected {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  /** Decodes one JSON object with a reader; may throw the reader's field problems. */
  private interface Decoder<T> {
    T decode(FieldReader reader) throws IOException, FieldException;
  }

  private RecordDecoding() {
  }

  /** A customer to add or replace; a deletion marker ({@code "deleted": true}) is rejected here. */
  public static Result<Customer> customer(String json, List<MetafieldDefinition> definitions) {
    Map<String, MetafieldDefinition> byKey = definitions.stream()
        .collect(Collectors.toMap(d -> d.namespace() + "." + d.key(), Function.identity(), (a, b) -> b));
    return decode(json, reader -> switch (CustomerDecoder.decode(reader, byKey)) {
      case CustomerLine.Upsert upsert -> upsert.customer();
      case CustomerLine.Delete delete -> throw new FieldException("deleted", "a deletion is not a customer record");
    });
  }

  public static Result<Order> order(String json) {
    return decode(json, reader -> OrderDecoder.decode(reader, id -> true));
  }

  public static Result<Checkout> checkout(String json) {
    return decode(json, reader -> CheckoutDecoder.decode(reader, id -> true));
  }

  public static Result<Event> event(String json) {
    return decode(json, reader -> EventDecoder.decode(reader, id -> true));
  }

  public static Result<Product> product(String json) {
    return decode(json, ProductDecoder::decode);
  }

  public static Result<Category> category(String json) {
    return decode(json, CategoryDecoder::decode);
  }

  public static Result<MetafieldDefinition> metafieldDefinition(String json) {
    return decode(json, MetafieldDefinitionDecoder::decode);
  }

  /** A shop as in {@code shop.json}. */
  public static Result<Shop> shop(String json) {
    return decode(json, ShopDecoder::decode);
  }

  /** The {@code id} of a record such as {@code {"id": 7}} (what a deletion names). */
  public static Result<Long> id(String json) {
    return decode(json, reader -> {
      Long id = null;
      reader.beginObject("record");
      for (String field = reader.nextField(); field != null; field = reader.nextField()) {
        if (field.equals("id")) {
          id = reader.id("id");
        } else {
          reader.skip();
        }
      }
      return FieldReader.required(id, "id");
    });
  }

  private static <T> Result<T> decode(String json, Decoder<T> decoder) {
    try (JsonParser parser = JsonLines.FACTORY.createParser(json)) {
      FieldReader reader = new FieldReader(parser, new DecimalText(), new SharedValues());
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new Result.Rejected<>("", "expected a JSON object");
      }
      T value = decoder.decode(reader);
      if (parser.nextToken() != null) {
        return new Result.Rejected<>("", "unexpected content after the JSON object");
      }
      return new Result.Decoded<>(value);
    } catch (JsonProcessingException e) {
      return new Result.Rejected<>("", "malformed JSON: " + e.getOriginalMessage());
    } catch (FieldException e) {
      return new Result.Rejected<>(e.field() == null ? "" : e.field(), e.reason());
    } catch (IOException e) {
      throw new ModelException("cannot parse a record: " + e.getMessage(), e);
    }
  }
}
