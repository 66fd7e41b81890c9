/**
 * Date and time rules of LANGUAGE.md §5: resolving date values against a shop's zone and an injected
 * "now" ({@link org.segmentum.query.time.DateResolver}), and anniversary arithmetic. Shared by the
 * engine, the reference evaluator and the SQL compiler so that all three mean the same instant.
 */
package org.segmentum.query.time;
