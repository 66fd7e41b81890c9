package org.segmentum.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Records in first-insertion order, upserted by a {@code long} key: putting a record under a
 * present key replaces the stored one in its place, as in a {@code LinkedHashMap<Long, T>}.
 *
 * <p>A store holds millions of orders, and a linked map spends an entry object and a boxed key on
 * each, all of which the garbage collector copies while the store loads. Here the records sit in
 * blocks of a fixed size (so that growing never copies them) and an open-addressing hash table with
 * linear probing (Knuth, TAOCP vol. 3, 6.4, algorithms L and R) maps each key to the record's index
 * in one flat array. Not thread-safe; reads may run concurrently while nothing writes.
 */
final class KeyedRecords<T> {
  private static final long FIBONACCI = 0x9E3779B97F4A7C15L;
  private static final int BLOCK_BITS = 14;
  private static final int BLOCK = 1 << BLOCK_BITS;

  /** Records in insertion order, {@code count} of them; a removed record leaves a null. */
  private Object[][] blocks = new Object[1][];
  private int count;
  /**
   * The hash table: slot {@code i} holds a key at {@code 2i} and, at {@code 2i + 1}, the index (in
   * insertion order) plus one of its record, 0 for an empty slot. Key and index share a cache line.
   */
  private long[] table = new long[2 * 16];
  private int shift = 64 - 4;
  private int size;

  /** Stores {@code record} under {@code key}; returns whether it replaced a stored record. */
  boolean put(long key, T record) {
    int slot = slot(key);
    if (position(slot) != 0) {
      set(position(slot) - 1, record);
      return true;
    }
    add(record);
    table[2 * slot] = key;
    table[2 * slot + 1] = count;
    if (++size * 2 > slots()) {
      grow();
    }
    return false;
  }

  boolean contains(long key) {
    return position(slot(key)) != 0;
  }

  /** The record under {@code key}, or null. */
  T get(long key) {
    int position = position(slot(key));
    return position == 0 ? null : record(position - 1);
  }

  /** Removes the record under {@code key}, if any; a record put later under it goes last. */
  void remove(long key) {
    int slot = slot(key);
    if (position(slot) == 0) {
      return;
    }
    set(position(slot) - 1, null);
    size--;
    // Algorithm R: move later entries of the probe run into the hole unless their home slot lies
    // cyclically after the hole, so that every key stays reachable from its home slot.
    int mask = slots() - 1;
    int hole = slot;
    for (int next = (hole + 1) & mask; position(next) != 0; next = (next + 1) & mask) {
      if (((next - home(table[2 * next])) & mask) >= ((next - hole) & mask)) {
        table[2 * hole] = table[2 * next];
        table[2 * hole + 1] = table[2 * next + 1];
        hole = next;
      }
    }
    table[2 * hole + 1] = 0;
  }

  /** The stored records in order. */
  List<T> values() {
    return values(record -> true);
  }

  /** The stored records that {@code keep} accepts, in order. */
  List<T> values(Predicate<? super T> keep) {
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < count; i++) {
      T record = record(i);
      if (record != null && keep.test(record)) {
        values.add(record);
      }
    }
    return values;
  }

  private void add(T record) {
    int block = count >>> BLOCK_BITS;
    if (block == blocks.length) {
      blocks = Arrays.copyOf(blocks, block * 2);
    }
    if (blocks[block] == null) {
      blocks[block] = new Object[BLOCK];
    }
    blocks[block][count & (BLOCK - 1)] = record;
    count++;
  }

  private void set(int index, T record) {
    blocks[index >>> BLOCK_BITS][index & (BLOCK - 1)] = record;
  }

  @SuppressWarnings("unchecked")
  private T record(int index) {
    return (T) blocks[index >>> BLOCK_BITS][index & (BLOCK - 1)];
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int slot(long key) {
    int mask = slots() - 1;
    int slot = home(key);
    while (position(slot) != 0 && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private int position(int slot) {
    return (int) table[2 * slot + 1];
  }

  private int slots() {
    return table.length / 2;
  }

  /** Fibonacci hashing: the top bits of the key times 2^64 / phi. */
  private int home(long key) {
    return (int) ((key * FIBONACCI) >>> shift);
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    shift--;
    for (int i = 0; i < old.length; i += 2) {
      if (old[i + 1] != 0) {
        int slot = slot(old[i]);
        table[2 * slot] = old[i];
        table[2 * slot + 1] = old[i + 1];
      }
    }
  }
}
