/**
 * Plans: what the binder produces and the executor runs. Query plans are trees of {@link
 * dev.quern.engine.plan.PlanNode} records (data, printed as trees by {@code explain}); statement
 * plans are the bound statements of a batch; tables are TableScan/IndexSeek leaves and DML is a
 * {@link dev.quern.engine.plan.DmlPlan}; {@code rules} rewrites plans (the optimizer). Must not
 * import exec, parser or the wire.
 */
package dev.quern.engine.plan;
