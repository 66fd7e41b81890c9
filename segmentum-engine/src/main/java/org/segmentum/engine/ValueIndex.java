package org.segmentum.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * An inverted index of a categorical or list attribute: for each value the bitmap of customers that
 * have it, plus the bitmap of customers that have any value (a non-empty list). Keys are already
 * normalised by the builder (tags lower-cased, for instance).
 */
final class ValueIndex<K> {
  private static final RoaringBitmap EMPTY = new RoaringBitmap();

  private final Map<K, RoaringBitmap> byValue;
  private final RoaringBitmap present;

  private ValueIndex(Map<K, RoaringBitmap> byValue, RoaringBitmap present) {
    this.byValue = byValue;
    this.present = present;
  }

  /** Customers having the value: the index's own bitmap, which callers must not change. */
  RoaringBitmap having(K value) {
    RoaringBitmap bitmap = byValue.get(value);
    return bitmap == null ? EMPTY : bitmap;
  }

  /** Whether one customer has the value. */
  boolean has(K value, int ordinal) {
    RoaringBitmap bitmap = byValue.get(value);
    return bitmap != null && bitmap.contains(ordinal);
  }

  /** Customers with any value: the index's own bitmap, which callers must not change. */
  RoaringBitmap present() {
    return present;
  }

  boolean isPresent(int ordinal) {
    return present.contains(ordinal);
  }

  Map<K, RoaringBitmap> entries() {
    return Collections.unmodifiableMap(byValue);
  }

  /** Collects values customer by customer. */
  static final class Builder<K> {
    private final Map<K, RoaringBitmap> byValue = new HashMap<>();
    private final RoaringBitmap present = new RoaringBitmap();

    Builder<K> add(int ordinal, K value) {
      byValue.computeIfAbsent(value, v -> new RoaringBitmap()).add(ordinal);
      present.add(ordinal);
      return this;
    }

    ValueIndex<K> build() {
      byValue.values().forEach(RoaringBitmap::runOptimize);
      present.runOptimize();
      return new ValueIndex<>(Map.copyOf(byValue), present);
    }
  }
}
