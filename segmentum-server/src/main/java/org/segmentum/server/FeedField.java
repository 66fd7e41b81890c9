package org.segmentum.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.segmentum.engine.Membership;
import org.segmentum.model.Address;
import org.segmentum.model.Customer;

/**
 * The fields a secret feed may show (SERVICE.md §2): the merchant picks some of these, and a feed shows
 * nothing else. Values are JSON-ready: text, numbers, lists of text, or null when the customer has none.
 */
enum FeedField {
  ID(member -> member.id()),
  EMAIL(member -> member.customer().map(Customer::email).orElse(null)),
  FIRST_NAME(member -> member.customer().map(Customer::firstName).orElse(null)),
  LAST_NAME(member -> member.customer().map(Customer::lastName).orElse(null)),
  PHONE(member -> member.customer().map(Customer::phone).orElse(null)),
  TAGS(member -> member.customer().map(Customer::tags).orElse(List.of())),
  AMOUNT_SPENT(member -> member.facts().map(facts -> facts.amountSpent().toPlainString()).orElse(null)),
  NUMBER_OF_ORDERS(member -> member.facts().map(Membership.MemberRow::numberOfOrders).orElse(null)),
  EMAIL_MARKETING(member -> member.customer().map(c -> c.emailMarketing().name()).orElse(null)),
  SMS_MARKETING(member -> member.customer().map(c -> c.smsMarketing().name()).orElse(null)),
  COUNTRY(member -> member.address().map(Address::countryCode).orElse(null)),
  PROVINCE(member -> member.address().map(Address::provinceCode).orElse(null)),
  CITY(member -> member.address().map(Address::city).orElse(null)),
  LANGUAGE(member -> member.customer().map(Customer::language).orElse(null)),
  CREATED_AT(member -> member.customer().map(c -> c.createdAt().toString()).orElse(null));

  /** A customer as a feed sees it: the customer (absent once erased) and the facts of the engine. */
  record Member(long id, Optional<Customer> customer, Optional<Membership.MemberRow> facts) {
    /** The default address (or the first one). */
    Optional<Address> address() {
      return customer.flatMap(c -> c.addresses().stream().filter(Address::isDefault).findFirst()
          .or(() -> c.addresses().stream().findFirst()));
    }
  }

  private final Function<Member, Object> value;

  FeedField(Function<Member, Object> value) {
    this.value = value;
  }

  /** The name on the wire and in the allow-list. */
  String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  Object value(Member member) {
    return value.apply(member);
  }

  /** The value as one CSV cell: lists joined with ", ", null empty. */
  String text(Member member) {
    Object v = value(member);
    if (v == null) {
      return "";
    }
    return v instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : v.toString();
  }

  static Optional<FeedField> parse(String name) {
    return Arrays.stream(values()).filter(field -> field.wireName().equals(name)).findFirst();
  }

  /** Every wire name, in declaration order. */
  static List<String> names() {
    return Arrays.stream(values()).map(FeedField::wireName).toList();
  }
}
