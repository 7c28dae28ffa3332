/**
 * Executor operators: pull-based ({@code next()} returns a row or null), built from plan nodes
 * by {@link dev.quern.engine.exec.op.OperatorBuilder}. Tables plug in later as one more leaf
 * operator. Imports plan, expr, error and the catalog's value rules; never the wire.
 */
package dev.quern.engine.exec.op;
