/**
 * The interpreter: runs bound batches statement by statement with SQL Server's error semantics
 * (statement-, batch- and compile-level aborts, TRY…CATCH, XACT_ABORT), streams SELECT results to
 * the {@link dev.quern.engine.api.ResultSink}, calls procedures for EXEC and RPC, drives
 * transactions, and stops promptly on cancel. {@link dev.quern.engine.exec.Compiler} caches
 * compiled plans per session; {@code BoundPlans} keeps the run-time bindings of statements over
 * tables while the metadata they consulted is unchanged. Query operators live in {@code exec.op}.
 * Under SET SHOWPLAN_* a batch goes to {@code ShowplanExecutor} (shown, not run); {@code
 * StatisticsOutput} adds what SET STATISTICS TIME/IO/XML/PROFILE report after each statement.
 * Must not import the wire.
 */
package dev.quern.engine.exec;
