package org.segmentum.model.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.SplittableRandom;

/** The synthetic shop's categories and products, with Zipf popularity and log-normal prices in cents. */
final class Catalog {
  private final int size;
  private final long[] priceCents;
  private final String[][] tags;
  private final int[] category;
  private final Zipf popularity;

  Catalog(int size, SplittableRandom random) {
    this.size = size;
    this.priceCents = new long[size];
    this.tags = new String[size][];
    this.category = new int[size];
    Zipf tagPopularity = new Zipf(Vocabulary.PRODUCT_TAGS.length, 1.0);
    for (int p = 0; p < size; p++) {
      // Log-normal prices around 25.00 with a long tail.
      priceCents[p] = Math.max(99, Math.round(Math.exp(Math.log(2500) + 0.8 * random.nextGaussian())));
      int tagCount = random.nextInt(3);
      tags[p] = new String[tagCount];
      for (int t = 0; t < tagCount; t++) {
        tags[p][t] = Vocabulary.PRODUCT_TAGS[tagPopularity.sample(random)];
      }
      category[p] = random.nextInt(10) == 0 ? -1 : random.nextInt(Vocabulary.CATEGORIES.length);
    }
    this.popularity = new Zipf(size, 1.05);
  }

  int size() {
    return size;
  }

  /** A product index, popular ones more often. */
  int pick(SplittableRandom random) {
    return popularity.sample(random);
  }

  long id(int product) {
    return product + 1;
  }

  long priceCents(int product) {
    return priceCents[product];
  }

  void write(NdjsonFile categories, NdjsonFile products) throws IOException {
    for (int c = 0; c < Vocabulary.CATEGORIES.length; c++) {
      JsonGenerator json = categories.json();
      json.writeStartObject();
      json.writeNumberField("id", c + 1);
      json.writeStringField("name", Vocabulary.CATEGORIES[c]);
      if (Vocabulary.CATEGORY_PARENTS[c] < 0) {
        json.writeNullField("parent_id");
      } else {
        json.writeNumberField("parent_id", Vocabulary.CATEGORY_PARENTS[c] + 1);
      }
      json.writeEndObject();
      categories.endLine();
    }
    for (int p = 0; p < size; p++) {
      JsonGenerator json = products.json();
      json.writeStartObject();
      json.writeNumberField("id", id(p));
      json.writeStringField("title", "Product " + id(p));
      json.writeStringField("vendor", Vocabulary.VENDORS[p % Vocabulary.VENDORS.length]);
      json.writeArrayFieldStart("tags");
      for (String tag : tags[p]) {
        json.writeString(tag);
      }
      json.writeEndArray();
      if (category[p] < 0) {
        json.writeNullField("category_id");
      } else {
        json.writeNumberField("category_id", category[p] + 1);
      }
      json.writeEndObject();
      products.endLine();
    }
  }
}
