/**
 * The store model: one shop's customers, orders, checkouts, events, products and categories as
 * validated immutable records (DATA.md §1), gathered in a {@link org.segmentum.model.Store} snapshot,
 * and the readers and writers of the exchange formats (DATA.md §2):
 * {@link org.segmentum.model.StoreDirectory} for a store directory of NDJSON files and
 * {@link org.segmentum.model.ShopifyCustomerCsv} for Shopify's customer CSV.
 *
 * <p>Record components documented as nullable are null when absent; lists are never null. Problems
 * in input data are reported as {@link org.segmentum.model.LoadProblem} values; real failures (an
 * unreadable directory, a missing shop) throw {@link org.segmentum.model.ModelException}.
 */
package org.segmentum.model;
