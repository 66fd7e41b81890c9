package org.segmentum.model;

import java.util.List;
import java.util.Objects;

/**
 * A product of the shop.
 *
 * @param id the product id
 * @param title the title, null when absent
 * @param vendor the vendor, null when absent
 * @param tags the tags (empty when absent)
 * @param categoryId the category's id, null when absent
 */
public record Product(long id, String title, String vendor, List<String> tags, Long categoryId) {
  public Product {
    tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
  }
}
