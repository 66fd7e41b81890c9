package org.segmentum.model;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param productId the product bought
 * @param quantity how many were bought
 * @param price the unit price, null when absent
 */
public record LineItem(long productId, long quantity, BigDecimal price) {}
