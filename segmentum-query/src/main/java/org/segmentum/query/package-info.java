/**
 * The segment query language of LANGUAGE.md: lexer, parser with error recovery, the AST ({@link
 * org.segmentum.query.Expr} and friends, sealed records carrying source spans), the filter catalog as
 * data, type checking against a shop, diagnostics as values, and the canonical printer.
 *
 * <p>The front door is {@link org.segmentum.query.Query}. Everything public here is immutable and
 * thread-safe; the lexer, parser and checker are package-private.
 */
package org.segmentum.query;
