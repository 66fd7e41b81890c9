/**
 * Segment queries in SQL (docs/sql.md): a relational schema of a store for any number of shops, a
 * loader that fills it from model stores ({@link org.segmentum.sql.SqlLoader}, which also maintains the
 * derived facts and store-relative scores), and a compiler that turns a checked query into one
 * parameterised statement for PostgreSQL, SQLite or DuckDB ({@link org.segmentum.sql.SqlCompiler}).
 *
 * <p>The statements mean exactly what the engine means: two-valued logic (no SQL NULL ever reaches a
 * NOT), local days resolved in Java by {@link org.segmentum.query.time.DateResolver}, money in exact
 * ten-thousandths, "no records = 0" for aggregates.
 */
package org.segmentum.sql;
