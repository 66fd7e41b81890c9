package org.segmentum.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.segmentum.storage.CampaignRow;
import org.segmentum.storage.CampaignStatus;
import org.segmentum.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background thread that sends campaigns, one message at a time, at the rate of each shop's channel
 * settings (shared by the shop's campaigns on that channel; a message is due one interval after the
 * previous one started, and the campaign whose next message is due first goes next). Time is the injected clock;
 * waiting is the injected {@link Sleeper}. At start, recipients a stopped process left mid-send become
 * uncertain (never sent again) before anything is sent. A recipient certainly not reached is retried
 * after 30 s, 1, 2, 4, 8 and 16 minutes; then, or when the settings cannot work, or after ten refusals in
 * a row, the campaign pauses with the reason as its {@code last_error}.
 */
final class CampaignSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CampaignSender.class);
  private static final Duration LONGEST_NAP = Duration.ofSeconds(1);
  private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(30);
  static final int RETRIES = 6;
  static final int REFUSALS_IN_A_ROW = 10;

  /** A campaign's current streaks of failures. Used by the sender thread only. */
  private static final class Streaks {
    int notReached;
    int refused;
  }

  private final Storage storage;
  private final CampaignStep step;
  private final Clock clock;
  private final Sleeper sleeper;
  /** When the next message may leave each way out (a shop's channel): its rate is shared by its campaigns. */
  private final Map<String, Instant> due = new ConcurrentHashMap<>();
  private final Map<Long, Streaks> streaks = new ConcurrentHashMap<>();
  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean running;
  private Thread thread;

  CampaignSender(Storage storage, ShopRegistry shops, Outbound outbound, Clock clock, Sleeper sleeper) {
    this.storage = storage;
    this.step = new CampaignStep(storage, shops, outbound);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Marks what a stopped process left mid-send as uncertain, then starts sending. */
  void start() {
    int uncertain = storage.write(tx -> tx.recipients().markInterrupted(clock.instant()));
    if (uncertain > 0) {
      LOG.warn("{} campaign recipients were being sent when the service stopped; they are not sent again", uncertain);
    }
    running = true;
    thread = new Thread(this::run, "segmentum-campaigns");
    thread.setDaemon(true);
    thread.start();
  }

  /** Tells the sender there may be new work (a campaign started or resumed). */
  void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /** A campaign was resumed: its streaks start over and its way out is due at once. */
  void resumed(CampaignRow campaign) {
    streaks.remove(campaign.id());
    due.remove(way(campaign));
    wake();
  }

  @Override
  public void close() {
    running = false;
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (running) {
      try {
        if (!sendOne()) {
          idle();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        LOG.error("sending campaigns failed; trying again shortly", e);
        try {
          idle();
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /** Sends the next due message, or waits for it; false when no campaign is sending. */
  private boolean sendOne() throws InterruptedException {
    List<CampaignRow> sending = storage.read(tx -> tx.campaigns().inStatus(CampaignStatus.SENDING));
    if (sending.isEmpty()) {
      due.clear();
      streaks.clear();
      return false;
    }
    CampaignRow next = sending.stream().min(Comparator.comparing(this::dueAt).thenComparingLong(CampaignRow::id))
        .orElseThrow();
    Instant now = clock.instant();
    Instant nextDue = dueAt(next);
    if (nextDue.isAfter(now)) {
      Duration wait = Duration.between(now, nextDue);
      sleeper.sleep(wait.compareTo(LONGEST_NAP) < 0 ? wait : LONGEST_NAP);
      return true;
    }
    CampaignStep.Result result = step.sendNext(next);
    Streaks streak = streaks.computeIfAbsent(next.id(), id -> new Streaks());
    switch (result) {
      case CampaignStep.Result.Done done -> streaks.remove(next.id());
      case CampaignStep.Result.Skipped skipped -> {
      }
      case CampaignStep.Result.Sent sent -> {
        due.put(way(next), now.plus(sent.interval()));
        streak.notReached = 0;
        streak.refused = 0;
      }
      case CampaignStep.Result.Refused refused -> {
        due.put(way(next), now.plus(refused.interval()));
        streak.notReached = 0;
        if (++streak.refused >= REFUSALS_IN_A_ROW) {
          pause(next, streak.refused + " messages in a row were refused; the last: " + refused.reason());
        }
      }
      case CampaignStep.Result.NotReached notReached -> {
        if (++streak.notReached > RETRIES) {
          pause(next, notReached.reason() + " (still after " + RETRIES + " retries)");
        } else {
          due.put(way(next), now.plus(FIRST_BACK_OFF.multipliedBy(1L << (streak.notReached - 1))));
        }
      }
      case CampaignStep.Result.Halt halt -> pause(next, halt.reason());
    }
    return true;
  }

  private void pause(CampaignRow campaign, String reason) {
    LOG.warn("campaign {} of shop {} paused: {}", campaign.id(), campaign.shopId(), reason);
    storage.write(tx -> {
      if (tx.campaigns().transition(campaign.id(), List.of(CampaignStatus.SENDING), CampaignStatus.PAUSED,
          clock.instant())) {
        tx.campaigns().lastError(campaign.id(), Optional.of(reason));
      }
      return null;
    });
    streaks.remove(campaign.id());
  }

  private Instant dueAt(CampaignRow campaign) {
    return due.getOrDefault(way(campaign), Instant.MIN);
  }

  /** The way out a campaign uses: its shop's channel. */
  private static String way(CampaignRow campaign) {
    return campaign.shopId() + ":" + campaign.content().channel();
  }

  private void idle() throws InterruptedException {
    synchronized (signal) {
      if (!woken) {
        signal.wait(LONGEST_NAP.toMillis());
      }
      woken = false;
    }
  }
}
