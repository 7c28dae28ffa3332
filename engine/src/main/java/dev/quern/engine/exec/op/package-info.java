/**
 * Executor operators: pull-based ({@code next()} returns a row or null), built from plan nodes
 * by {@link dev.quern.engine.exec.op.OperatorBuilder}. Tables plug in later as one more leaf
 * operator. {@link dev.quern.engine.exec.op.ColumnarProjection} evaluates the plans it accepts a
 * column at a time into an extensibility {@code ColumnBatch} instead (the external-script input).
 * Imports plan, expr, error, the catalog's value rules and that batch; never the wire.
 */
package dev.quern.engine.exec.op;
