package org.segmentum.model.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Writes one synthetic customer at a time, with their orders, checkouts and events. */
final class CustomerWriter {
  private static final String[] MARKETING = {"SUBSCRIBED", "NOT_SUBSCRIBED", "UNSUBSCRIBED", "PENDING", "INVALID",
      "REDACTED"};
  private static final double[] MARKETING_SHARE = {0.55, 0.85, 0.93, 0.97, 0.99, 1.0};
  private static final String[] SMS = {"SUBSCRIBED", "NOT_SUBSCRIBED", "UNSUBSCRIBED", "PENDING", "REDACTED"};
  private static final double[] SMS_SHARE = {0.25, 0.90, 0.96, 0.99, 1.0};
  private static final int CAMPAIGNS = 60;

  private final GeneratorOptions options;
  private final SplittableRandom random;
  private final Catalog catalog;
  private final Zipf tagPopularity = new Zipf(Vocabulary.CUSTOMER_TAGS.length, 1.0);
  private final Zipf places = new Zipf(Vocabulary.PLACES.length, 0.9);
  private final Zipf domains = new Zipf(Vocabulary.DOMAINS.length, 1.0);
  private final long now;
  private long orderId = 1000;
  private long lineItems;
  private long orders;
  private long checkoutId = 1;
  private long events;
  private long customers;

  CustomerWriter(GeneratorOptions options, SplittableRandom random, Catalog catalog) {
    this.options = options;
    this.random = random;
    this.catalog = catalog;
    this.now = options.now().getEpochSecond();
  }

  GeneratedCounts counts(int products) {
    return new GeneratedCounts(customers, orders, lineItems, checkoutId - 1, events, products);
  }

  void write(long id, NdjsonFile customerFile, NdjsonFile orderFile, NdjsonFile checkoutFile, NdjsonFile eventFile)
      throws IOException {
    customers++;
    long created = now - random.nextLong(1, StoreGenerator.FIVE_YEARS);
    String email = pick(MARKETING, MARKETING_SHARE);
    String sms = pick(SMS, SMS_SHARE);
    writeCustomer(customerFile.json(), id, created, email, sms);
    customerFile.endLine();
    writeOrders(orderFile, id, created);
    if (random.nextInt(100) < 4) {
      writeCheckout(checkoutFile, id, now - random.nextLong(1, 90L * 86400), false);
    }
    if (random.nextInt(100) < 10) {
      writeCheckout(checkoutFile, id, created + random.nextLong(1, now - created), true);
    }
    writeEvents(eventFile, id, created, email.equals("SUBSCRIBED"));
  }

  private void writeCustomer(JsonGenerator json, long id, long created, String email, String sms) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", id);
    String first = Vocabulary.FIRST_NAMES[random.nextInt(Vocabulary.FIRST_NAMES.length)];
    String last = Vocabulary.LAST_NAMES[random.nextInt(Vocabulary.LAST_NAMES.length)];
    json.writeStringField("email", first.toLowerCase(java.util.Locale.ROOT) + "." + id + "@"
        + Vocabulary.DOMAINS[domains.sample(random)]);
    json.writeStringField("phone", random.nextInt(3) == 0 ? null : "+359888" + String.format("%06d", id % 1_000_000));
    json.writeStringField("first_name", first);
    json.writeStringField("last_name", last);
    json.writeStringField("created_at", Instant.ofEpochSecond(created).toString());
    json.writeStringField("state", random.nextInt(100) < 95 ? "ENABLED" : random.nextBoolean() ? "DISABLED" : "INVITED");
    json.writeStringField("email_marketing", email);
    json.writeStringField("sms_marketing", sms);
    json.writeArrayFieldStart("channels");
    if (email.equals("SUBSCRIBED")) {
      json.writeString("EMAIL");
    }
    if (sms.equals("SUBSCRIBED")) {
      json.writeString("SMS");
    }
    if (random.nextInt(10) == 0) {
      json.writeString(random.nextBoolean() ? "VIBER" : "MESSENGER");
    }
    json.writeEndArray();
    json.writeStringField("language", Vocabulary.LANGUAGES[random.nextInt(Vocabulary.LANGUAGES.length)]);
    writeTags(json);
    if (random.nextInt(10) == 0) {
      json.writeStringField("group", random.nextBoolean() ? "Wholesale" : "Retail Plus");
    }
    if (random.nextInt(33) == 0) {
      json.writeArrayFieldStart("company_ids");
      json.writeNumber(1 + random.nextInt(50));
      json.writeEndArray();
    }
    if (random.nextInt(10) == 0) {
      json.writeNumberField("created_by_app_id", random.nextBoolean() ? 1001 : 1002);
    }
    if (random.nextInt(10) < 4) {
      LocalDate birth = LocalDate.of(1950 + random.nextInt(56), 1, 1).plusDays(random.nextInt(365));
      json.writeStringField("birth_date", birth.toString());
    }
    writeAddresses(json);
    json.writeObjectFieldStart("metafields");
    if (random.nextInt(10) < 3) {
      json.writeNumberField("loyalty.points", random.nextInt(50) * 10);
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeTags(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("tags");
    int count = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3);
    String[] chosen = new String[count];
    for (int t = 0; t < count; t++) {
      chosen[t] = Vocabulary.CUSTOMER_TAGS[tagPopularity.sample(random)];
    }
    String[] distinct = Arrays.stream(chosen).distinct().toArray(String[]::new);
    for (String tag : distinct) {
      json.writeString(tag);
    }
    if (random.nextInt(10_000) == 0) {
      json.writeString(Vocabulary.RARE_TAG);
    }
    json.writeEndArray();
  }

  private void writeAddresses(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("addresses");
    int count = random.nextInt(10) == 0 ? 0 : random.nextInt(5) == 0 ? 2 : 1;
    for (int a = 0; a < count; a++) {
      Object[] place = Vocabulary.PLACES[places.sample(random)];
      json.writeStartObject();
      json.writeStringField("country_code", (String) place[0]);
      json.writeStringField("province_code", (String) place[1]);
      json.writeStringField("city", (String) place[2]);
      json.writeStringField("zip", String.format("%05d", random.nextInt(100_000)));
      json.writeStringField("address1", (1 + random.nextInt(200)) + " Main Street");
      json.writeFieldName("latitude");
      json.writeNumber(coordinate((Double) place[3]));
      json.writeFieldName("longitude");
      json.writeNumber(coordinate((Double) place[4]));
      json.writeBooleanField("default", a == 0);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Within about 20 km of the city centre, with five decimals. */
  private String coordinate(double centre) {
    double jittered = centre + (random.nextDouble() - 0.5) * 0.3;
    return String.format(java.util.Locale.ROOT, "%.5f", jittered);
  }

  private void writeOrders(NdjsonFile file, long customerId, long created) throws IOException {
    if (random.nextInt(10) >= 6) {
      return;
    }
    // Geometric with mean about 15, plus a long tail of heavy buyers.
    int count = 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - 1.0 / 15));
    if (random.nextInt(20) == 0) {
      count *= 4;
    }
    count = Math.min(count, 2000);
    long[] times = new long[count];
    for (int k = 0; k < count; k++) {
      times[k] = created + random.nextLong(0, Math.max(1, now - created));
    }
    Arrays.sort(times);
    for (long at : times) {
      writeOrder(file.json(), customerId, at);
      file.endLine();
    }
  }

  private void writeOrder(JsonGenerator json, long customerId, long at) throws IOException {
    orders++;
    json.writeStartObject();
    json.writeNumberField("id", orderId++);
    json.writeNumberField("customer_id", customerId);
    json.writeStringField("created_at", Instant.ofEpochSecond(at).toString());
    int roll = random.nextInt(1000);
    String status = roll < 20 ? "OPEN" : roll < 50 ? "CANCELLED" : roll < 80 ? "REFUNDED" : roll < 500 ? "PAID" : "FULFILLED";
    json.writeStringField("status", status);
    if (status.equals("CANCELLED")) {
      json.writeStringField("cancelled_at", Instant.ofEpochSecond(at + 3600).toString());
    }
    if (random.nextInt(200) == 0) {
      json.writeBooleanField("test", true);
    }
    int lines = 1 + Math.min(4, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 1.2));
    long total = 0;
    json.writeArrayFieldStart("line_items");
    for (int l = 0; l < lines; l++) {
      int product = catalog.pick(random);
      int quantity = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
      total += catalog.priceCents(product) * quantity;
      json.writeStartObject();
      json.writeNumberField("product_id", catalog.id(product));
      json.writeNumberField("quantity", quantity);
      json.writeStringField("price", cents(catalog.priceCents(product)));
      json.writeEndObject();
      lineItems++;
    }
    json.writeEndArray();
    json.writeStringField("total_price", cents(total));
    json.writeStringField("refunded_amount", cents(status.equals("REFUNDED") ? total / (1 + random.nextInt(2)) : 0));
    if (random.nextInt(10) < 3) {
      json.writeNumberField("location_id", 1 + random.nextInt(3));
    }
    if (random.nextInt(10) < 2) {
      json.writeNumberField("app_id", random.nextBoolean() ? 501 : 502);
    }
    json.writeEndObject();
  }

  private void writeCheckout(NdjsonFile file, long customerId, long at, boolean completed) throws IOException {
    JsonGenerator json = file.json();
    json.writeStartObject();
    json.writeNumberField("id", checkoutId++);
    json.writeNumberField("customer_id", customerId);
    json.writeStringField("created_at", Instant.ofEpochSecond(at).toString());
    if (completed) {
      json.writeStringField("completed_at", Instant.ofEpochSecond(Math.min(now, at + 600)).toString());
    }
    json.writeStringField("total_price", cents(1000 + random.nextInt(20_000)));
    json.writeEndObject();
    file.endLine();
  }

  private void writeEvents(NdjsonFile file, long customerId, long created, boolean subscribed) throws IOException {
    if (subscribed) {
      for (int k = random.nextInt(4); k > 0; k--) {
        int campaign = 1 + random.nextInt(CAMPAIGNS);
        long at = campaignTime(campaign);
        if (at < created) {
          continue;
        }
        writeEvent(file, "email.delivered", customerId, at, "activity_id", campaign);
        if (random.nextInt(10) < 4) {
          writeEvent(file, "email.opened", customerId, at + random.nextInt(86400), "activity_id", campaign);
          if (random.nextInt(4) == 0) {
            writeEvent(file, "email.clicked", customerId, at + random.nextInt(2 * 86400), "activity_id", campaign);
          }
        } else if (random.nextInt(50) == 0) {
          writeEvent(file, random.nextBoolean() ? "email.bounced" : "email.unsubscribed", customerId, at + 60,
              "activity_id", campaign);
        }
      }
    }
    if (random.nextInt(5) == 0) {
      for (int k = 1 + random.nextInt(5); k > 0; k--) {
        long at = now - random.nextLong(1, 90L * 86400);
        if (random.nextInt(4) == 0) {
          writeEvent(file, "storefront.collection_viewed", customerId, at, "collection_id", 1 + random.nextInt(20));
        } else {
          writeEvent(file, "storefront.product_viewed", customerId, at, "product_id", catalog.id(catalog.pick(random)));
        }
      }
    }
  }

  /** Campaign n is sent n weeks before now, at 09:00 UTC. */
  private long campaignTime(int campaign) {
    LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(now), ZoneOffset.UTC).minusWeeks(campaign);
    return day.atTime(9, 0).toEpochSecond(ZoneOffset.UTC);
  }

  private void writeEvent(NdjsonFile file, String type, long customerId, long at, String keyField, long key)
      throws IOException {
    events++;
    JsonGenerator json = file.json();
    json.writeStartObject();
    json.writeStringField("type", type);
    json.writeNumberField("customer_id", customerId);
    json.writeStringField("occurred_at", Instant.ofEpochSecond(Math.min(at, now)).toString());
    json.writeNumberField(keyField, key);
    json.writeEndObject();
    file.endLine();
  }

  private String pick(String[] values, double[] cumulativeShares) {
    double roll = random.nextDouble();
    for (int k = 0; k < values.length; k++) {
      if (roll < cumulativeShares[k]) {
        return values[k];
      }
    }
    return values[values.length - 1];
  }

  static String cents(long cents) {
    return (cents / 100) + "." + String.format("%02d", cents % 100);
  }
}
