package org.segmentum.model;

/**
 * A customer's postal address. Every component except {@code isDefault} is null when absent.
 *
 * @param countryCode ISO 3166-1 alpha-2 country code
 * @param provinceCode province or region code
 * @param city city name
 * @param zip postal code
 * @param address1 first address line
 * @param address2 second address line
 * @param company company name
 * @param phone phone number
 * @param latitude latitude in degrees
 * @param longitude longitude in degrees
 * @param isDefault whether this is the customer's default address (wire field {@code default})
 */
public record Address(
    String countryCode,
    String provinceCode,
    String city,
    String zip,
    String address1,
    String address2,
    String company,
    String phone,
    Double latitude,
    Double longitude,
    boolean isDefault) {}
