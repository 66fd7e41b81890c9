/**
 * The in-memory segment engine (ARCHITECTURE.md §3): a shop's facts in primitive columns indexed by
 * dense customer ordinals, inverted bitmap indexes (RoaringBitmap) for categorical and list filters,
 * columnar order, line and event tables for functions, and bitmap algebra for AND, OR and NOT.
 *
 * <p>The front door is {@link org.segmentum.engine.Engine}; {@link org.segmentum.engine.ReferenceEvaluator}
 * is the plain per-customer evaluator the engine is tested against.
 */
package org.segmentum.engine;
