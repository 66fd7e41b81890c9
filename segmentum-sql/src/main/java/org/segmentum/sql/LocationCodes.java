package org.segmentum.sql;

import java.util.Locale;
import org.segmentum.model.Address;

/**
 * The codes an address contributes to {@code customer_countries}, {@code customer_regions} and
 * {@code customer_cities} (DATA.md §3): {@code 'US'}, {@code 'US-NY'}, {@code 'US-NY-NewYorkCity'}.
 * Country and province codes are trimmed and upper-cased; the city keeps only its letters and digits
 * (of any alphabet), case kept. Without a province the city code keeps an empty province part,
 * {@code 'GB--London'}. Null when a part needed is missing.
 */
final class LocationCodes {
  private LocationCodes() {
  }

  static String country(Address address) {
    return code(address.countryCode());
  }

  static String region(Address address) {
    String country = country(address);
    String province = code(address.provinceCode());
    return country == null || province == null ? null : country + "-" + province;
  }

  static String city(Address address) {
    String country = country(address);
    if (country == null || address.city() == null) {
      return null;
    }
    StringBuilder city = new StringBuilder();
    address.city().codePoints().filter(Character::isLetterOrDigit).forEach(city::appendCodePoint);
    if (city.isEmpty()) {
      return null;
    }
    String province = code(address.provinceCode());
    return country + "-" + (province == null ? "" : province) + "-" + city;
  }

  private static String code(String text) {
    return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
  }
}
