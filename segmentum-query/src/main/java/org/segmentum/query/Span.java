package org.segmentum.query;

/**
 * A stretch of query text, as UTF-16 offsets: {@code start} inclusive, {@code end} exclusive.
 * {@link #NONE} marks nodes that were built in code rather than parsed.
 */
public record Span(int start, int end) {
  /** The span of nodes that did not come from text. */
  public static final Span NONE = new Span(0, 0);

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span must have 0 <= start <= end, got " + start + ".." + end);
    }
  }

  /** The smallest span covering both. */
  public Span to(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
