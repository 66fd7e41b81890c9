package org.segmentum.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.segmentum.model.Address;
import org.segmentum.model.Customer;
import org.segmentum.model.MarketingState;

/**
 * How a row of Shopify's customer CSV changes a stored customer. The CSV carries only some of a customer's
 * fields (DATA.md §2), so a row for a known id overwrites those and keeps the rest (creation time, account
 * state, channels, language, group, companies, birth date, other addresses, metafields); a row for a new id
 * is a new customer created at the import.
 */
final class CsvCustomers {
  private CsvCustomers() {
  }

  /**
   * The customer after the row: names, email, phone, note, tags and tax exemption as the row says, its
   * default address replaced when the row has one, and consents as in {@link #consent}; updated at the
   * row's import instant.
   */
  static Customer merge(Optional<Customer> stored, Customer row) {
    if (stored.isEmpty()) {
      return row;
    }
    Customer old = stored.get();
    return new Customer(row.id(), row.email(), row.phone(), row.firstName(), row.lastName(), old.createdAt(),
        row.updatedAt(), old.state(), consent(old.emailMarketing(), row.emailMarketing()),
        consent(old.smsMarketing(), row.smsMarketing()), old.channels(), old.language(), row.tags(), row.note(),
        row.taxExempt(), old.group(), old.companyIds(), old.createdByAppId(), old.birthDate(),
        addresses(old.addresses(), row.addresses()), old.metafields());
  }

  /**
   * The CSV knows only yes and no: yes subscribes; no makes a subscribed customer not subscribed and keeps
   * any finer state stored (unsubscribed, pending, invalid, redacted).
   */
  private static MarketingState consent(MarketingState stored, MarketingState row) {
    if (row == MarketingState.SUBSCRIBED || stored == MarketingState.SUBSCRIBED) {
      return row;
    }
    return stored;
  }

  /**
   * The row's address (at most one, the default) replaces the stored default address (or the first one when
   * none is marked default); an equal address keeps its stored coordinates. A row without an address keeps
   * the stored ones.
   */
  private static List<Address> addresses(List<Address> stored, List<Address> row) {
    if (row.isEmpty()) {
      return stored;
    }
    Address replacement = row.get(0);
    if (stored.isEmpty()) {
      return row;
    }
    int index = 0;
    for (int i = 0; i < stored.size(); i++) {
      if (stored.get(i).isDefault()) {
        index = i;
        break;
      }
    }
    List<Address> result = new ArrayList<>(stored);
    Address current = stored.get(index);
    result.set(index, withoutCoordinates(current).equals(withoutCoordinates(replacement)) ? current : replacement);
    return result;
  }

  private static Address withoutCoordinates(Address a) {
    return new Address(a.countryCode(), a.provinceCode(), a.city(), a.zip(), a.address1(), a.address2(), a.company(),
        a.phone(), null, null, true);
  }
}
