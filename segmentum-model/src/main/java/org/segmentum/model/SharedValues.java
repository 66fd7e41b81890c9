package org.segmentum.model;

import java.math.BigDecimal;

/**
 * Hands out one instance for equal values read close together, so that a store holding millions of
 * them (the same city on thousands of addresses, the same line item on thousands of orders) keeps a
 * few thousand. Each kind of value has a direct-mapped cache: one slot per hash, a miss replacing the
 * slot's value; the keys sit in flat arrays so that a lookup rarely touches the cached object itself
 * before it matches. Not thread-safe.
 */
final class SharedValues {
  private final int bits;
  private final String[] strings;
  private final long[] idKeys;
  private final Long[] ids;
  private final long[] itemProducts;
  private final long[] itemQuantities;
  private final LineItem[] items;

  /** With small caches, for reading a few values. */
  SharedValues() {
    this(4);
  }

  /** With caches of 2^{@code bits} values each, 1 to 30. */
  SharedValues(int bits) {
    if (bits < 1 || bits > 30) {
      throw new IllegalArgumentException("bits must be 1 to 30, got " + bits);
    }
    this.bits = bits;
    int size = 1 << bits;
    strings = new String[size];
    idKeys = new long[size];
    ids = new Long[size];
    itemProducts = new long[size];
    itemQuantities = new long[size];
    items = new LineItem[size];
  }

  /** The string {@code chars[offset, offset + length)}, made only if the cache does not hold it. */
  String string(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = slot(hash);
    String cached = strings[slot];
    if (cached != null && TokenText.equals(cached, chars, offset, length)) {
      return cached;
    }
    String string = new String(chars, offset, length);
    strings[slot] = string;
    return string;
  }

  /** {@code id} boxed. */
  Long id(long id) {
    int slot = slot(Long.hashCode(id));
    Long cached = ids[slot];
    if (cached == null || idKeys[slot] != id) {
      cached = id;
      ids[slot] = cached;
      idKeys[slot] = id;
    }
    return cached;
  }

  /** A line item of these components. */
  LineItem lineItem(long productId, long quantity, BigDecimal price) {
    int slot = slot(Long.hashCode(productId) * 31 + Long.hashCode(quantity) * 17 + (price == null ? 0 : price.hashCode()));
    LineItem cached = items[slot];
    // Equal prices are mostly one instance already (DecimalText shares them).
    if (cached == null || itemProducts[slot] != productId || itemQuantities[slot] != quantity
        || (cached.price() != price && (price == null || !price.equals(cached.price())))) {
      cached = new LineItem(productId, quantity, price);
      items[slot] = cached;
      itemProducts[slot] = productId;
      itemQuantities[slot] = quantity;
    }
    return cached;
  }

  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - bits);
  }
}
