package org.segmentum.engine;

/**
 * The events of one type, grouped by customer ordinal (customer {@code i} owns rows
 * {@code [start[i], start[i+1])}): when each happened, and its key (campaign, product or collection id,
 * {@link LongColumn#MISSING} when absent).
 */
final class EventTable {
  final int[] start;
  final long[] occurred;
  final long[] key;

  EventTable(int[] start, long[] occurred, long[] key) {
    this.start = start;
    this.occurred = occurred;
    this.key = key;
  }
}
