package org.segmentum.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The shop all data belongs to.
 *
 * @param id the shop id
 * @param name the shop's name, null when absent
 * @param timezone the shop's time zone, which defines its local dates
 * @param currency the ISO 4217 currency of all money amounts, null when absent
 */
public record Shop(long id, String name, ZoneId timezone, String currency) {
  public Shop {
    Objects.requireNonNull(timezone, "timezone");
  }
}
