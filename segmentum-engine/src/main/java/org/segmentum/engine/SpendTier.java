package org.segmentum.engine;

/** The predicted spend tiers of DATA.md §4. */
public enum SpendTier { HIGH, MEDIUM, LOW }
