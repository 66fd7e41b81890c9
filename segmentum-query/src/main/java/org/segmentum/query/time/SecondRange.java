package org.segmentum.query.time;

/**
 * A half-open range of epoch seconds {@code [from, to)}; {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}
 * stand for open ends. Empty when {@code from >= to}.
 */
public record SecondRange(long from, long to) {
  public static final SecondRange ALL = new SecondRange(Long.MIN_VALUE, Long.MAX_VALUE);

  public boolean contains(long epochSecond) {
    return epochSecond >= from && epochSecond < to;
  }

  public boolean isEmpty() {
    return from >= to;
  }
}
