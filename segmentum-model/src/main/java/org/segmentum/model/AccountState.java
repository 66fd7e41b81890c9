package org.segmentum.model;

/** State of a customer's account (DATA.md §1, customer {@code state}). */
public enum AccountState {
  ENABLED, DISABLED, INVITED, DECLINED
}
