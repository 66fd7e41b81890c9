package org.segmentum.sql;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentum.model.Address;
import org.segmentum.model.Channel;
import org.segmentum.model.Customer;

/**
 * Writes the customers of one shop: {@code customers}, their facts and scores ({@code customer_facts}),
 * and the side tables of their lists, addresses and custom fields, one table at a time. Not thread-safe.
 */
final class CustomerRows {
  private final TableWriters writers;
  private final long shop;
  private final ZoneId zone;

  CustomerRows(TableWriters writers, long shop, ZoneId zone) {
    this.writers = writers;
    this.shop = shop;
    this.zone = zone;
  }

  void write(List<Customer> customers) throws SQLException {
    try (TableWriter rows = writers.forShop("customers", "customer_id", "email", "phone", "first_name", "last_name",
        "created_at", "updated_at", "state", "email_marketing", "sms_marketing", "language", "note", "tax_exempt",
        "customer_group", "created_by_app_id", "birth_date")) {
      for (Customer c : customers) {
        rows.row(shop, c.id(), c.email(), c.phone(), c.firstName(), c.lastName(), c.createdAt().getEpochSecond(),
            c.updatedAt().getEpochSecond(), c.state().name(), c.emailMarketing().name(), c.smsMarketing().name(),
            c.language(), c.note(), c.taxExempt(), c.group(), c.createdByAppId(), c.birthDate());
      }
    }
    writeLists(customers);
    writeAddresses(customers);
    writeCustomFields(customers);
  }

  void writeFacts(List<Customer> customers, Map<Long, CustomerFacts> facts, Map<Long, ShopScores.Score> scores)
      throws SQLException {
    try (TableWriter rows = writers.forShop("customer_facts", "customer_id", "amount_spent", "number_of_orders",
        "first_order_at", "last_order_at", "abandoned_checkout_at", "email_domain", "birth_month_day", "rfm_group",
        "spend_tier")) {
      for (Customer c : customers) {
        CustomerFacts f = facts.getOrDefault(c.id(), new CustomerFacts());
        ShopScores.Score score = scores.getOrDefault(c.id(), ShopScores.UNSCORED);
        LocalDate birth = c.birthDate();
        rows.row(shop, c.id(), f.amountSpent, f.orders, f.firstOrderAt, f.lastOrderAt, f.abandonedCheckoutAt,
            CustomerFacts.emailDomain(c.email()), birth == null ? null : monthDay(birth), score.rfmGroup(),
            score.spendTier());
      }
    }
  }

  private void writeLists(List<Customer> customers) throws SQLException {
    try (TableWriter tags = writers.forShop("customer_tags", "customer_id", "tag")) {
      for (Customer c : customers) {
        for (String tag : new LinkedHashSet<>(c.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList())) {
          tags.row(shop, c.id(), tag);
        }
      }
    }
    try (TableWriter channels = writers.forShop("customer_channels", "customer_id", "channel")) {
      for (Customer c : customers) {
        for (Channel channel : new LinkedHashSet<>(c.channels())) {
          channels.row(shop, c.id(), channel.name());
        }
      }
    }
    try (TableWriter companies = writers.forShop("customer_companies", "customer_id", "company_id")) {
      for (Customer c : customers) {
        for (Long company : new LinkedHashSet<>(c.companyIds())) {
          companies.row(shop, c.id(), company);
        }
      }
    }
  }

  private void writeAddresses(List<Customer> customers) throws SQLException {
    try (TableWriter rows = writers.forShop("customer_addresses", "customer_id", "seq", "country_code", "province_code",
        "city", "zip", "address1", "address2", "company", "phone", "latitude", "longitude", "is_default",
        "country_key", "region_key", "city_key")) {
      for (Customer c : customers) {
        for (int i = 0; i < c.addresses().size(); i++) {
          Address a = c.addresses().get(i);
          rows.row(shop, c.id(), i, a.countryCode(), a.provinceCode(), a.city(), a.zip(), a.address1(), a.address2(),
              a.company(), a.phone(), a.latitude(), a.longitude(), a.isDefault(), LocationCodes.country(a),
              LocationCodes.region(a), LocationCodes.city(a));
        }
      }
    }
  }

  private void writeCustomFields(List<Customer> customers) throws SQLException {
    try (TableWriter rows = writers.forShop("customer_metafields", "customer_id", "field", "seq", "is_list",
        "number_whole", "number_fraction", "text_value", "boolean_value", "date_value", "date_start", "month_day")) {
      for (Customer c : customers) {
        for (Map.Entry<String, Object> field : c.metafields().entrySet()) {
          if (field.getValue() instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
              customField(rows, c.id(), field.getKey(), i, true, list.get(i));
            }
          } else {
            customField(rows, c.id(), field.getKey(), 0, false, field.getValue());
          }
        }
      }
    }
  }

  private void customField(TableWriter rows, long customer, String field, int seq, boolean inList, Object value)
      throws SQLException {
    long[] number = switch (value) {
      case Long whole -> new long[] {whole, 0};
      case BigDecimal decimal -> CustomNumbers.pair(decimal);
      default -> null;
    };
    if ((value instanceof Long || value instanceof BigDecimal) && number == null) {
      throw new SqlException("custom field " + field + " of customer " + customer + " is beyond the BIGINT range: "
          + value);
    }
    LocalDate date = value instanceof LocalDate d ? d : null;
    rows.row(shop, customer, field, seq, inList, number == null ? null : number[0], number == null ? null : number[1],
        value instanceof String text ? text : null, value instanceof Boolean bool ? bool : null, date,
        date == null ? null : date.atStartOfDay(zone).toEpochSecond(), date == null ? null : monthDay(date));
  }

  private static int monthDay(LocalDate date) {
    return date.getMonthValue() * 100 + date.getDayOfMonth();
  }
}
