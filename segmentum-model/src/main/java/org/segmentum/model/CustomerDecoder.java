package org.segmentum.model;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.segmentum.query.MetafieldDefinition;

/**
 * Decodes a line of {@code customers.ndjson} (DATA.md §1): {@code id} and {@code created_at} are
 * required; defaults are applied here ({@code state} ENABLED, marketing NOT_SUBSCRIBED,
 * {@code updated_at} = {@code created_at}, missing lists empty). A line with {@code "deleted": true}
 * is a deletion and needs only its {@code id}. One instance per line.
 */
final class CustomerDecoder {
  private final FieldReader r;
  private final Map<String, MetafieldDefinition> definitions;
  private long id = FieldReader.NO_ID;
  private String email;
  private String phone;
  private String firstName;
  private String lastName;
  private Instant createdAt;
  private Instant updatedAt;
  private AccountState state;
  private MarketingState emailMarketing;
  private MarketingState smsMarketing;
  private List<Channel> channels = List.of();
  private String language;
  private List<String> tags = List.of();
  private String note;
  private Boolean taxExempt;
  private String group;
  private List<Long> companyIds = List.of();
  private Long createdByAppId;
  private LocalDate birthDate;
  private List<Address> addresses = List.of();
  private Map<String, Object> metafields = Map.of();
  private boolean deleted;

  private CustomerDecoder(FieldReader r, Map<String, MetafieldDefinition> definitions) {
    this.r = r;
    this.definitions = definitions;
  }

  /** Decodes the object at the reader; {@code definitions} are keyed {@code "namespace.key"}. */
  static CustomerLine decode(FieldReader r, Map<String, MetafieldDefinition> definitions)
      throws IOException, FieldException {
    return new CustomerDecoder(r, definitions).decode();
  }

  private CustomerLine decode() throws IOException, FieldException {
    r.beginObject("customer");
    for (String field = r.nextField(); field != null; field = r.nextField()) {
      field(field);
    }
    long customerId = FieldReader.required(id, "id");
    if (deleted) {
      return new CustomerLine.Delete(customerId);
    }
    FieldReader.required(createdAt, "created_at");
    return new CustomerLine.Upsert(new Customer(customerId, email, phone, firstName, lastName, createdAt,
        updatedAt == null ? createdAt : updatedAt,
        state == null ? AccountState.ENABLED : state,
        emailMarketing == null ? MarketingState.NOT_SUBSCRIBED : emailMarketing,
        smsMarketing == null ? MarketingState.NOT_SUBSCRIBED : smsMarketing,
        channels, language, tags, note, Boolean.TRUE.equals(taxExempt), group, companyIds, createdByAppId,
        birthDate, addresses, metafields));
  }

  private void field(String name) throws IOException, FieldException {
    switch (name) {
      case "id" -> id = r.idValue(name);
      case "email" -> email = r.string(name);
      case "phone" -> phone = r.string(name);
      case "first_name" -> firstName = r.sharedString(name);
      case "last_name" -> lastName = r.sharedString(name);
      case "created_at" -> createdAt = r.instant(name);
      case "updated_at" -> updatedAt = r.instant(name);
      case "state" -> state = r.enumValue(name, AccountState.class);
      case "email_marketing" -> emailMarketing = r.enumValue(name, MarketingState.class);
      case "sms_marketing" -> smsMarketing = r.enumValue(name, MarketingState.class);
      case "channels" -> channels = r.list(name, f -> r.enumValue(f, Channel.class));
      case "language" -> language = r.sharedString(name);
      case "tags" -> tags = r.list(name, r::sharedString);
      case "note" -> note = r.string(name);
      case "tax_exempt" -> taxExempt = r.bool(name);
      case "group" -> group = r.sharedString(name);
      case "company_ids" -> companyIds = r.list(name, r::id);
      case "created_by_app_id" -> createdByAppId = r.sharedId(name);
      case "birth_date" -> birthDate = r.date(name);
      case "addresses" -> addresses = r.list(name, f -> AddressDecoder.decode(r, f));
      case "metafields" -> metafields = MetafieldDecoder.decode(r, name, definitions);
      case "deleted" -> deleted = Boolean.TRUE.equals(r.bool(name));
      default -> r.skip();
    }
  }
}
