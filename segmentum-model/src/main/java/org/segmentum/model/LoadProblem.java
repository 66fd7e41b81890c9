package org.segmentum.model;

import java.util.Objects;

/**
 * A record that was rejected while loading, and why.
 *
 * @param file the file name, e.g. {@code customers.ndjson.gz}
 * @param line the 1-based line the record starts on
 * @param field the offending field as a path ({@code birth_date}, {@code addresses[1].latitude},
 *     {@code metafields.loyalty.points}, or a CSV column name); null when the problem concerns the
 *     whole record (e.g. malformed JSON)
 * @param reason what is wrong, for people
 */
public record LoadProblem(String file, long line, String field, String reason) {
  public LoadProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be positive: " + line);
    }
  }

  /** The problem as one line of text: {@code file:line: field: reason}. */
  public String message() {
    return file + ":" + line + ": " + (field == null ? "" : field + ": ") + reason;
  }
}
