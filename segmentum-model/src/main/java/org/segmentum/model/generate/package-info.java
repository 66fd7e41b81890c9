/**
 * Synthetic store directories (DATA.md §5) for benchmarks, demos and tests: {@link
 * org.segmentum.model.generate.StoreGenerator}.
 */
package org.segmentum.model.generate;
