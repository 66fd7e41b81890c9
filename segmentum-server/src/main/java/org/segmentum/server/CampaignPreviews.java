package org.segmentum.server;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.segmentum.model.Customer;
import org.segmentum.storage.CampaignContent;
import org.segmentum.storage.CampaignRow;

/**
 * A campaign's message as a chosen customer would get it (rendered, not sent), for a saved campaign or
 * for content being edited; and a test send of it to one address, delivered at once and not recorded as a
 * recipient.
 */
final class CampaignPreviews {
  private final ShopRuntime shop;
  private final Outbound outbound;

  CampaignPreviews(ShopRuntime shop, Outbound outbound) {
    this.shop = shop;
    this.outbound = outbound;
  }

  /** The message of a saved campaign for a customer. */
  Map<String, Object> preview(CampaignRow campaign, long customerId) {
    return render(campaign.id(), campaign.content(), customer(customerId));
  }

  /** The message of unsaved content ({@code channel}, {@code subject}, {@code body}) for a customer. */
  Map<String, Object> preview(String body) {
    JsonFields fields = JsonFields.of(body);
    String channelText = fields.text("channel").orElse("email");
    Optional<CampaignChannel> channel = CampaignChannel.parse(channelText);
    if (channel.isEmpty()) {
      fields.error("channel", "must be email, sms, messenger or viber, got '" + channelText + "'");
    }
    String subject = fields.text("subject").orElse("");
    String text = fields.requiredText("body");
    CampaignMessages.check(fields, "subject", subject);
    CampaignMessages.check(fields, "body", text);
    long customerId = fields.integer("customer_id").orElse(-1L);
    if (customerId < 0) {
      fields.error("customer_id", "is required (the customer to render the message for)");
    }
    fields.throwIfInvalid("invalid-template");
    CampaignContent content = new CampaignContent("preview", channel.orElseThrow().name(), 0,
        fields.text("sender").orElse(""), channel.get().hasSubject() ? subject : "", text);
    return render(0, content, customer(customerId));
  }

  /** Sends the campaign's message to one address now; the customer's values are used when one is named. */
  Map<String, Object> testSend(CampaignRow campaign, String body) {
    JsonFields fields = JsonFields.of(body);
    String address = fields.requiredText("address").strip();
    CampaignChannel channel = CampaignChannel.parse(campaign.content().channel()).orElseThrow();
    if (channel == CampaignChannel.EMAIL && !address.isEmpty()) {
      try {
        new InternetAddress(address, true).validate();
      } catch (AddressException e) {
        fields.error("address", "is not an email address: " + e.getMessage());
      }
    } else if (address.isEmpty() && fields.has("address")) {
      fields.error("address", "must not be empty");
    }
    Optional<Long> customerId = fields.integer("customer_id");
    fields.throwIfInvalid("invalid-test-send");
    OutgoingMessage message = customerId.isPresent()
        ? CampaignMessages.forCustomer(shop, campaign.id(), campaign.content(), customer(customerId.get()), address, true)
        : CampaignMessages.withoutCustomer(shop, campaign.id(), campaign.content(), address);
    Delivery delivery = outbound.deliverNow(shop.shop().id(), message);
    return switch (delivery) {
      case Delivery.Delivered delivered -> {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("delivered", true);
        view.put("address", address);
        view.put("message_id", message.messageId());
        yield view;
      }
      case Delivery.Misconfigured misconfigured ->
          throw new ApiProblem(409, "not-configured", "Not configured", misconfigured.reason());
      case Delivery.Refused refused -> throw failed(refused.reason());
      case Delivery.NotReached notReached -> throw failed(notReached.reason());
      case Delivery.Unknown unknown -> throw failed(unknown.reason());
    };
  }

  private Map<String, Object> render(long campaignId, CampaignContent content, Customer customer) {
    Optional<String> address = CampaignMessages.address(content, customer);
    CampaignChannel channel = CampaignChannel.parse(content.channel()).orElseThrow();
    OutgoingMessage message = CampaignMessages.forCustomer(shop, campaignId, content, customer, address.orElse(""),
        false);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("customer_id", customer.id());
    view.put("channel", channel.wireName());
    view.put("address", address.orElse(null));
    view.put("reachable", address.isPresent());
    view.put("reason", address.isPresent() ? null : "the customer " + channel.refusal());
    view.put("subject", message.subject());
    view.put("body", message.body());
    return view;
  }

  private Customer customer(long customerId) {
    return shop.live().customer(customerId)
        .orElseThrow(() -> ApiProblem.notFound("shop " + shop.shop().id() + " has no customer " + customerId));
  }

  private static ApiProblem failed(String reason) {
    return new ApiProblem(502, "test-send-failed", "Test send failed", reason);
  }
}
