package org.segmentum.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.segmentum.storage.CampaignContent;
import org.segmentum.storage.CampaignRow;
import org.segmentum.storage.CampaignStatus;
import org.segmentum.storage.NewRecipient;

/**
 * Changes to a shop's campaigns: create and edit drafts (every problem of the content answered together),
 * delete a draft, start sending (the recipients are resolved from the segment's live members who accept
 * the channel and recorded in the same transaction that starts the campaign), pause, resume, cancel.
 */
final class CampaignCommands {
  private final ShopRuntime shop;
  private final CampaignSender sender;
  private final Outbound outbound;

  CampaignCommands(ShopRuntime shop, CampaignSender sender, Outbound outbound) {
    this.shop = shop;
    this.sender = sender;
    this.outbound = outbound;
  }

  CampaignRow create(String body, String author) {
    CampaignContent content = CampaignContentReader.read(JsonFields.of(body), shop, Optional.empty());
    return shop.storage().write(tx -> tx.campaigns().create(shop.shop().id(), content, author, shop.clock().instant()));
  }

  CampaignRow edit(long id, String body) {
    CampaignRow current = existing(id);
    requireDraft(current);
    CampaignContent content = CampaignContentReader.read(JsonFields.of(body), shop, Optional.of(current.content()));
    return shop.storage().write(tx -> tx.campaigns().updateDraft(shop.shop().id(), id, content, shop.clock().instant()))
        .orElseThrow(() -> notDraft(id));
  }

  void delete(long id) {
    requireDraft(existing(id));
    if (!shop.storage().write(tx -> tx.campaigns().deleteDraft(shop.shop().id(), id))) {
      throw notDraft(id);
    }
  }

  /** Resolves and records the recipients and starts sending; 409 unless a draft whose segment and settings exist. */
  CampaignRow send(long id) {
    CampaignRow campaign = existing(id);
    requireDraft(campaign);
    long segment = campaign.content().segmentId();
    if (shop.segment(segment).isEmpty()) {
      throw new ApiProblem(409, "segment-gone", "Segment gone", "segment " + segment + " of campaign " + id
          + " no longer exists; choose another segment");
    }
    CampaignChannel channel = CampaignChannel.parse(campaign.content().channel()).orElseThrow();
    if (outbound.way(shop.shop().id(), channel) instanceof Outbound.Way.Unavailable unavailable) {
      throw new ApiProblem(409, "not-configured", "Not configured", unavailable.reason());
    }
    List<NewRecipient> recipients = new ArrayList<>();
    for (long customerId : shop.live().members(ShopRuntime.key(segment))) {
      shop.live().customer(customerId).flatMap(channel::address)
          .ifPresent(address -> recipients.add(new NewRecipient(customerId, address)));
    }
    Instant now = shop.clock().instant();
    boolean started = shop.storage().write(tx -> {
      if (!tx.campaigns().transition(id, List.of(CampaignStatus.DRAFT), CampaignStatus.SENDING, now)) {
        return false;
      }
      tx.recipients().addAll(id, recipients, now);
      return true;
    });
    if (!started) {
      throw notDraft(id);
    }
    sender.wake();
    return existing(id);
  }

  /** Stops sending after the message being sent now (pausing twice is not an error). */
  CampaignRow pause(long id) {
    CampaignRow current = existing(id);
    if (current.status() == CampaignStatus.PAUSED) {
      return current;
    }
    if (!shop.storage().write(tx -> tx.campaigns().transition(id, List.of(CampaignStatus.SENDING),
        CampaignStatus.PAUSED, shop.clock().instant()))) {
      throw wrongState(id, CampaignStatus.PAUSED);
    }
    return existing(id);
  }

  /** Sends again from where it stopped; the last error is cleared. */
  CampaignRow resume(long id) {
    CampaignRow current = existing(id);
    if (current.status() == CampaignStatus.SENDING) {
      return current;
    }
    boolean resumed = shop.storage().write(tx -> {
      if (!tx.campaigns().transition(id, List.of(CampaignStatus.PAUSED), CampaignStatus.SENDING,
          shop.clock().instant())) {
        return false;
      }
      tx.campaigns().lastError(id, Optional.empty());
      return true;
    });
    if (!resumed) {
      throw wrongState(id, CampaignStatus.SENDING);
    }
    CampaignRow resumedRow = existing(id);
    sender.resumed(resumedRow);
    return resumedRow;
  }

  /** Stops for good: the pending recipients are skipped (what is being sent right now still finishes). */
  CampaignRow cancel(long id) {
    existing(id);
    Instant now = shop.clock().instant();
    boolean cancelled = shop.storage().write(tx -> {
      if (!tx.campaigns().transition(id, List.of(CampaignStatus.SENDING, CampaignStatus.PAUSED),
          CampaignStatus.CANCELLED, now)) {
        return false;
      }
      tx.recipients().skipAllPending(id, "the campaign was cancelled", now);
      return true;
    });
    if (!cancelled) {
      throw new ApiProblem(409, "campaign-not-sending", "Not sending", "campaign " + id
          + " is not sending or paused; only those can be cancelled (delete a draft instead)");
    }
    return existing(id);
  }

  CampaignRow existing(long id) {
    return shop.storage().read(tx -> tx.campaigns().find(shop.shop().id(), id))
        .orElseThrow(() -> ApiProblem.notFound("shop " + shop.shop().id() + " has no campaign " + id));
  }

  private ApiProblem wrongState(long id, CampaignStatus wanted) {
    return new ApiProblem(409, "campaign-state", "Wrong state", "campaign " + id + " is "
        + existing(id).status().name().toLowerCase(java.util.Locale.ROOT) + "; it cannot become "
        + wanted.name().toLowerCase(java.util.Locale.ROOT));
  }

  private void requireDraft(CampaignRow row) {
    if (row.status() != CampaignStatus.DRAFT) {
      throw notDraft(row.id());
    }
  }

  private static ApiProblem notDraft(long id) {
    return new ApiProblem(409, "campaign-not-draft", "Not a draft", "campaign " + id
        + " has started sending; its content and recipients are fixed");
  }
}
