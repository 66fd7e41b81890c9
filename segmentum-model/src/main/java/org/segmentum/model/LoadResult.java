package org.segmentum.model;

import java.util.Objects;

/**
 * A loaded store and the report of its load.
 *
 * @param store the store built from every accepted record
 * @param report counts and problems
 */
public record LoadResult(Store store, LoadReport report) {
  public LoadResult {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(report, "report");
  }
}
