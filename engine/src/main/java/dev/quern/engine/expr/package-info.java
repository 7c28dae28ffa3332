/**
 * Bound expressions: typed, name-resolved trees that evaluate against an {@link
 * dev.quern.engine.expr.EvalContext}, fold when constant, and print back as T-SQL. Values follow
 * the catalog's Java representation of each SQL type; arithmetic, comparison and conversion rules
 * come from {@code dev.quern.catalog.value}. Must not import parser, exec or the wire.
 */
package dev.quern.engine.expr;
