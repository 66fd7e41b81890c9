package org.segmentum.engine;

import java.util.List;
import java.util.Objects;

/**
 * Why a customer is in or out of a segment: for each node of the query, its canonical text, whether it
 * holds for the customer, and (for clauses) the customer's own values, e.g. {@code amount_spent = 120.50}.
 */
public record Explanation(String text, boolean holds, String customerValues, List<Explanation> children) {
  public Explanation {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(customerValues, "customerValues");
    children = List.copyOf(children);
  }
}
