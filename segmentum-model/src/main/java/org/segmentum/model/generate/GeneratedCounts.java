package org.segmentum.model.generate;

/** How many records of each kind a generator run wrote. */
public record GeneratedCounts(long customers, long orders, long lineItems, long checkouts, long events, long products) {
}
