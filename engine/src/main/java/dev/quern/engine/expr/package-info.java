/**
 * Bound expressions: typed, name-resolved trees that evaluate against an {@link
 * dev.quern.engine.expr.EvalContext}, fold when constant, and print back as T-SQL. Values follow
 * the catalog's Java representation of each SQL type; arithmetic, comparison and conversion rules
 * come from {@code dev.quern.catalog.value}. Must not import parser, exec or the wire.
 *
 * <p>Strings compare under the collation {@link dev.quern.engine.expr.ExprCollations} resolves
 * from the operands' labels (explicit COLLATE, a column's implicit one, the coercible default):
 * comparison predicates, IN and LIKE resolve it once when built, so a conflict (468) is a bind
 * error and the default collation keeps its fast path (a null collation). The coercible default
 * is the current database's collation, which {@link dev.quern.engine.expr.DatabaseCollation}
 * holds for the request running on the thread (set by the session, not imported from it).
 */
package dev.quern.engine.expr;
