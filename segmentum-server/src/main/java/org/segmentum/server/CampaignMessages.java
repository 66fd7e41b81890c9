package org.segmentum.server;

import java.util.Map;
import java.util.Optional;
import org.segmentum.model.Customer;
import org.segmentum.storage.CampaignContent;

/**
 * Builds a campaign's message for one customer: the subject (plain, on one line) and the body (HTML-escaped
 * values in an email, plain text on other channels) from the customer's fields and facts as they are now.
 */
final class CampaignMessages {
  private CampaignMessages() {
  }

  /** A template known to parse (it was checked when the campaign was saved). */
  static MessageTemplate template(String text) {
    return switch (MessageTemplate.parse(text, Personalisation.FIELDS)) {
      case MessageTemplate.Parsed.Valid valid -> valid.template();
      case MessageTemplate.Parsed.Invalid invalid -> throw ApiProblem.unprocessable("invalid-template",
          invalid.problems().get(0).message(), Map.of());
    };
  }

  /** Records the problems of a template under a field. */
  static void check(JsonFields fields, String field, String text) {
    if (MessageTemplate.parse(text, Personalisation.FIELDS) instanceof MessageTemplate.Parsed.Invalid invalid) {
      invalid.problems().forEach(problem -> fields.error(field, "has a problem: " + problem.message()));
    }
  }

  /** The message of a campaign for a customer at an address. */
  static OutgoingMessage forCustomer(ShopRuntime shop, long campaignId, CampaignContent content, Customer customer,
      String address, boolean test) {
    Map<String, String> values = Personalisation.of(shop, customer, shop.live().facts(customer.id()));
    return message(shop, campaignId, content, customer.id(), address, values, test);
  }

  /** A test message without a customer: every placeholder shows its default. */
  static OutgoingMessage withoutCustomer(ShopRuntime shop, long campaignId, CampaignContent content, String address) {
    return message(shop, campaignId, content, 0, address, Personalisation.forShop(shop), true);
  }

  private static OutgoingMessage message(ShopRuntime shop, long campaignId, CampaignContent content, long customerId,
      String address, Map<String, String> values, boolean test) {
    CampaignChannel channel = CampaignChannel.parse(content.channel()).orElseThrow();
    String subject = oneLine(template(content.subject()).render(values, MessageTemplate.Escaping.PLAIN));
    MessageTemplate.Escaping escaping = channel == CampaignChannel.EMAIL ? MessageTemplate.Escaping.HTML
        : MessageTemplate.Escaping.PLAIN;
    String body = template(content.body()).render(values, escaping);
    String id = "sgm-" + shop.shop().id() + "-" + campaignId + "-" + customerId
        + (test ? "-test-" + shop.clock().millis() : "");
    return new OutgoingMessage(shop.shop().id(), campaignId, customerId, channel, address, content.sender(), subject,
        body, test, id);
  }

  /** Control characters (line breaks included) become spaces: a subject is one header line. */
  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}", " ").strip();
  }

  /** The address a customer would get this campaign at, if they accept its channel now. */
  static Optional<String> address(CampaignContent content, Customer customer) {
    return CampaignChannel.parse(content.channel()).orElseThrow().address(customer);
  }
}
