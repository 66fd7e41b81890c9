package org.segmentum.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.segmentum.storage.Storage;
import org.segmentum.storage.WebhookRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhook events in the background: woken when events become durable and once a second, it
 * starts a delivery run (a virtual thread) for every subscription that is due and not running yet, so a
 * slow receiver holds up only its own subscription. Runs of one subscription never overlap (a lock per
 * subscription), which keeps its events in order. All state (cursors, retries) is in the database; a
 * restart resumes where the last stored attempt left off. {@link #deliverDue} does one pass and waits
 * for it, for tests that move the clock.
 */
final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final Duration POLL = Duration.ofSeconds(1);

  private final Storage storage;
  private final Clock clock;
  private final WebhookSender sender;
  private final WebhookDelivery delivery;
  private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final Set<Long> started = ConcurrentHashMap.newKeySet();
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean closed;
  private Thread loop;

  WebhookDispatcher(Storage storage, Clock clock, WebhookSender sender, WebhookMetrics metrics) {
    this.storage = storage;
    this.clock = clock;
    this.sender = sender;
    this.delivery = new WebhookDelivery(storage, clock, sender, metrics);
  }

  /** Starts the background thread. */
  void start() {
    loop = Thread.ofPlatform().daemon().name("segmentum-webhooks").start(this::background);
  }

  /** Asks for a pass now (new events are durable). */
  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /** One pass, waited for: every subscription due now has delivered what waits, or failed once. */
  void deliverDue() {
    List<Future<Integer>> passes = new ArrayList<>();
    for (WebhookRow webhook : due()) {
      passes.add(runs.submit(() -> runLocked(webhook)));
    }
    for (Future<Integer> pass : passes) {
      try {
        pass.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        throw new IllegalStateException("a webhook delivery run failed", e.getCause());
      }
    }
  }

  private void background() {
    while (!closed) {
      awaitSignal();
      try {
        for (WebhookRow webhook : due()) {
          if (!closed && started.add(webhook.id())) {
            runs.execute(() -> runInBackground(webhook));
          }
        }
      } catch (RejectedExecutionException stopping) {
        return;
      } catch (RuntimeException e) {
        LOG.error("webhook pass failed; trying again shortly", e);
      }
    }
  }

  private void runInBackground(WebhookRow webhook) {
    try {
      if (runLocked(webhook) > 0) {
        wake(); // events that arrived during the run are picked up at once
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("webhook {}: delivery run failed; trying again shortly", webhook.id(), e);
    } finally {
      started.remove(webhook.id());
    }
  }

  private int runLocked(WebhookRow seen) throws InterruptedException {
    ReentrantLock lock = locks.computeIfAbsent(seen.id(), id -> new ReentrantLock());
    lock.lockInterruptibly();
    try {
      var current = storage.read(tx -> tx.webhooks().find(seen.shopId(), seen.id()));
      return current.isEmpty() || closed ? 0 : delivery.run(current.get(), () -> closed);
    } finally {
      lock.unlock();
    }
  }

  private List<WebhookRow> due() {
    var now = clock.instant();
    return storage.read(tx -> tx.webhooks().active()).stream().filter(webhook -> webhook.dueAt(now)).toList();
  }

  private void awaitSignal() {
    synchronized (signal) {
      try {
        if (!woken) {
          signal.wait(POLL.toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        closed = true;
      }
      woken = false;
    }
  }

  /**
   * Stops: the background thread ends, requests in flight are cut off (an attempt without an answer is
   * not recorded, so its event is sent again after a restart), and runs finish their last database write.
   */
  @Override
  public void close() {
    closed = true;
    wake();
    sender.close();
    runs.shutdown();
    try {
      if (loop != null) {
        loop.join(TimeUnit.SECONDS.toMillis(5));
      }
      if (!runs.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("webhook deliveries still running after 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
