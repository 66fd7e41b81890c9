package org.segmentum.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.segmentum.model.Customer;
import org.segmentum.storage.CampaignRow;
import org.segmentum.storage.CampaignStatus;
import org.segmentum.storage.RecipientRow;
import org.segmentum.storage.RecipientStatus;
import org.segmentum.storage.Storage;

/**
 * Sends a campaign's next pending recipient, at most once: the customer is checked and the message built
 * from their data as it is now; the recipient is committed as {@code ATTEMPTING} (only while the campaign
 * is still sending) before the message leaves, and finished after. Nothing certain to have been missed is
 * ever lost: a recipient that was certainly not reached goes back to pending.
 */
final class CampaignStep {
  /** What the step came to, for the sender's pace. */
  sealed interface Result {
    /** Nothing left to send (the campaign completed, or it is no longer sending). */
    record Done() implements Result {
    }

    /** A message was handed over (or may have been): wait {@code interval} before the next. */
    record Sent(Duration interval) implements Result {
    }

    /** The message was refused for good; wait {@code interval} before the next. */
    record Refused(Duration interval, String reason) implements Result {
    }

    /** The recipient was skipped without sending: go on at once. */
    record Skipped() implements Result {
    }

    /** Certainly not delivered: back off and try the same recipient again. */
    record NotReached(String reason) implements Result {
    }

    /** Sending cannot work as configured: pause the campaign with the reason. */
    record Halt(String reason) implements Result {
    }
  }

  private final Storage storage;
  private final ShopRegistry shops;
  private final Outbound outbound;

  CampaignStep(Storage storage, ShopRegistry shops, Outbound outbound) {
    this.storage = storage;
    this.shops = shops;
    this.outbound = outbound;
  }

  Result sendNext(CampaignRow campaign) {
    long id = campaign.id();
    Optional<ShopRuntime> found = shops.find(campaign.shopId());
    if (found.isEmpty()) {
      return new Result.Halt("shop " + campaign.shopId() + " is not available");
    }
    ShopRuntime shop = found.get();
    Optional<RecipientRow> next = storage.read(tx -> tx.recipients().nextPending(id));
    if (next.isEmpty()) {
      storage.write(tx -> tx.campaigns().transition(id, List.of(CampaignStatus.SENDING), CampaignStatus.COMPLETED,
          shop.clock().instant()));
      return new Result.Done();
    }
    long customerId = next.get().customerId();
    CampaignChannel channel = CampaignChannel.parse(campaign.content().channel()).orElseThrow();
    Optional<Customer> customer = shop.live().customer(customerId);
    Optional<String> address = customer.flatMap(channel::address);
    if (address.isEmpty()) {
      String reason = customer.isEmpty() ? "the customer no longer exists" : "the customer " + channel.refusal();
      storage.write(tx -> {
        tx.recipients().skip(id, customerId, reason, shop.clock().instant());
        return null;
      });
      return new Result.Skipped();
    }
    Outbound.Way way = outbound.way(shop.shop().id(), channel);
    if (way instanceof Outbound.Way.Unavailable unavailable) {
      return new Result.Halt(unavailable.reason());
    }
    Outbound.Way.Ready ready = (Outbound.Way.Ready) way;
    OutgoingMessage message = CampaignMessages.forCustomer(shop, id, campaign.content(), customer.get(),
        address.get(), false);
    if (!storage.write(tx -> tx.recipients().markAttempting(id, customerId, address.get(), shop.clock().instant()))) {
      return new Result.Skipped();
    }
    Delivery delivery = ready.sending().deliver(message);
    return finish(shop, id, customerId, delivery, ready.interval());
  }

  private Result finish(ShopRuntime shop, long id, long customerId, Delivery delivery, Duration interval) {
    return storage.write(tx -> switch (delivery) {
      case Delivery.Delivered delivered -> {
        tx.recipients().finishAttempt(id, customerId, RecipientStatus.SENT, Optional.empty(), shop.clock().instant());
        yield new Result.Sent(interval);
      }
      case Delivery.Refused refused -> {
        tx.recipients().finishAttempt(id, customerId, RecipientStatus.FAILED, Optional.of(refused.reason()),
            shop.clock().instant());
        yield new Result.Refused(interval, refused.reason());
      }
      case Delivery.Unknown unknown -> {
        tx.recipients().finishAttempt(id, customerId, RecipientStatus.UNCERTAIN, Optional.of(unknown.reason()),
            shop.clock().instant());
        yield new Result.Sent(interval);
      }
      case Delivery.NotReached notReached -> {
        tx.recipients().retryLater(id, customerId, notReached.reason());
        yield new Result.NotReached(notReached.reason());
      }
      case Delivery.Misconfigured misconfigured -> {
        tx.recipients().retryLater(id, customerId, misconfigured.reason());
        yield new Result.Halt(misconfigured.reason());
      }
    });
  }
}
