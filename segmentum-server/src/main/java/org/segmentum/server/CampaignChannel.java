package org.segmentum.server;

import java.util.Locale;
import java.util.Optional;
import org.segmentum.model.Channel;
import org.segmentum.model.Customer;
import org.segmentum.model.MarketingState;

/**
 * The channels a campaign can go out on, who accepts each and at which address. Email goes through the
 * shop's SMTP server; the others are posted to the shop's provider webhook of that channel.
 *
 * <ul>
 *   <li>{@code EMAIL}: email marketing {@code SUBSCRIBED} and an email address.</li>
 *   <li>{@code SMS}: SMS marketing {@code SUBSCRIBED} and a phone number (the address).</li>
 *   <li>{@code VIBER}: {@code VIBER} among the customer's channels and a phone number (the address).</li>
 *   <li>{@code MESSENGER}: {@code MESSENGER} among the customer's channels; the address is the customer id
 *   (the provider knows the customer's Messenger identity; it gets the email and phone too).</li>
 * </ul>
 */
enum CampaignChannel {
  EMAIL,
  SMS,
  MESSENGER,
  VIBER;

  static Optional<CampaignChannel> parse(String text) {
    for (CampaignChannel channel : values()) {
      if (channel.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether messages of this channel have a subject. */
  boolean hasSubject() {
    return this == EMAIL;
  }

  /** The address to send to if the customer accepts marketing on this channel now; empty when not. */
  Optional<String> address(Customer customer) {
    return switch (this) {
      case EMAIL -> customer.emailMarketing() == MarketingState.SUBSCRIBED ? present(customer.email()) : Optional.empty();
      case SMS -> customer.smsMarketing() == MarketingState.SUBSCRIBED ? present(customer.phone()) : Optional.empty();
      case VIBER -> customer.channels().contains(Channel.VIBER) ? present(customer.phone()) : Optional.empty();
      case MESSENGER -> customer.channels().contains(Channel.MESSENGER) ? Optional.of(Long.toString(customer.id()))
          : Optional.empty();
    };
  }

  /** Why a customer is not reached on this channel (for skipped recipients and previews). */
  String refusal() {
    return switch (this) {
      case EMAIL -> "does not accept email marketing or has no email address";
      case SMS -> "does not accept SMS marketing or has no phone number";
      case VIBER -> "is not subscribed to Viber or has no phone number";
      case MESSENGER -> "is not subscribed to Messenger";
    };
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
