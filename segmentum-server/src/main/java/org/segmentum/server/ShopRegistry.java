package org.segmentum.server;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.segmentum.storage.ShopRow;
import org.segmentum.storage.Storage;
import org.segmentum.storage.StoredEvent;

/**
 * The shops this process serves, loaded at start and on first use (a shop created by the command line
 * while the server runs is picked up on its first request). Thread-safe.
 */
final class ShopRegistry {
  private final Storage storage;
  private final Clock clock;
  private final Map<Long, ShopRuntime> shops = new ConcurrentHashMap<>();
  private final List<BiConsumer<ShopRuntime, List<StoredEvent>>> eventListeners = new CopyOnWriteArrayList<>();

  ShopRegistry(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** Loads every stored shop. */
  void loadAll() {
    for (ShopRow row : storage.read(tx -> tx.shops().list())) {
      find(row.id());
    }
  }

  /** The shop, loading it from storage on first use; empty when there is no such shop. */
  Optional<ShopRuntime> find(long shopId) {
    ShopRuntime loaded = shops.get(shopId);
    if (loaded != null) {
      return Optional.of(loaded);
    }
    synchronized (this) {
      loaded = shops.get(shopId);
      if (loaded != null) {
        return Optional.of(loaded);
      }
      Optional<ShopRow> row = storage.read(tx -> tx.shops().find(shopId));
      if (row.isEmpty()) {
        return Optional.empty();
      }
      ShopRuntime[] holder = new ShopRuntime[1];
      Consumer<List<StoredEvent>> notify = events -> {
        if (holder[0] != null) {
          eventListeners.forEach(listener -> listener.accept(holder[0], events));
        }
      };
      ShopRuntime runtime = ShopRuntime.load(storage, row.get(), clock, notify);
      holder[0] = runtime;
      shops.put(shopId, runtime);
      eventListeners.forEach(listener -> listener.accept(runtime, List.of()));
      return Optional.of(runtime);
    }
  }

  /** Every loaded shop. */
  List<ShopRuntime> loaded() {
    return List.copyOf(shops.values());
  }

  /**
   * Called (on the writer's thread) after a shop made new membership events durable, with no events
   * after it logged a segment lifecycle event, and once with no events when a shop is loaded.
   */
  void onEvents(BiConsumer<ShopRuntime, List<StoredEvent>> listener) {
    eventListeners.add(listener);
  }
}
