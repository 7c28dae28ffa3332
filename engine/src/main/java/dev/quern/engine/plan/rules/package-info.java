/**
 * The optimizer: rewrite rules over bound plan trees (one rule per class, listed in order in
 * {@link dev.quern.engine.plan.rules.Optimizer}). Imports plan, expr and the catalog model; never
 * exec, binder or the wire.
 */
package dev.quern.engine.plan.rules;
