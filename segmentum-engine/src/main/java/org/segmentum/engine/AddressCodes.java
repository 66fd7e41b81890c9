package org.segmentum.engine;

import java.util.Locale;
import org.segmentum.model.Address;

/**
 * The location codes of an address (DATA.md §3): country {@code 'US'}, region {@code 'US-NY'}, city
 * {@code 'US-NY-NewYorkCity'} (every character that is not a letter or digit, of any alphabet, dropped,
 * case kept). An address without a province has the city code {@code 'GB--London'}: the province part
 * is empty, so the shape stays {@code country-province-city}. Null when the parts are missing.
 */
public final class AddressCodes {
  private AddressCodes() {
  }

  public static String country(Address address) {
    String country = address.countryCode();
    return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
  }

  public static String region(Address address) {
    String country = country(address);
    String province = province(address);
    return country == null || province == null ? null : country + "-" + province;
  }

  public static String city(Address address) {
    String country = country(address);
    if (country == null || address.city() == null) {
      return null;
    }
    String city = cityCode(address.city());
    if (city.isEmpty()) {
      return null;
    }
    String province = province(address);
    return country + "-" + (province == null ? "" : province) + "-" + city;
  }

  /** The city name with every character that is not a letter or digit removed. */
  public static String cityCode(String city) {
    StringBuilder code = new StringBuilder(city.length());
    city.codePoints().filter(Character::isLetterOrDigit).forEach(code::appendCodePoint);
    return code.toString();
  }

  private static String province(Address address) {
    String province = address.provinceCode();
    return province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
  }
}
