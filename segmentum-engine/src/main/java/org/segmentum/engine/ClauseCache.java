package org.segmentum.engine;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.roaringbitmap.RoaringBitmap;

/**
 * Results of whole-shop clause evaluations on one immutable snapshot, keyed by the shop-local date
 * they were resolved on and the clause's canonical text, so that a clause shared by many segments or
 * re-counted as a merchant types is evaluated once a day. Bounded by the bytes of the bitmaps kept:
 * past the bound everything is dropped (a new day or a burst of distinct clauses starts afresh).
 * Thread-safe; the bitmaps handed out are shared and must not be changed.
 */
final class ClauseCache {
  private final long maxBytes;
  private final ConcurrentHashMap<String, RoaringBitmap> entries = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  ClauseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  RoaringBitmap get(String key, Supplier<RoaringBitmap> compute) {
    RoaringBitmap cached = entries.get(key);
    if (cached != null) {
      return cached;
    }
    RoaringBitmap computed = compute.get().clone();
    computed.runOptimize();
    long size = computed.getLongSizeInBytes();
    if (bytes.addAndGet(size) > maxBytes) {
      clear();
      bytes.addAndGet(size);
    }
    entries.put(key, computed);
    return computed;
  }

  void clear() {
    entries.clear();
    bytes.set(0);
  }
}
