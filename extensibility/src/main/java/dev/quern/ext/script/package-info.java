/**
 * The language-neutral orchestration of one {@code sp_execute_external_script} call ({@link
 * dev.quern.ext.script.PooledExternalRuntime}): DMV registration, admission, satellite lease,
 * cancellation and the single end of the lease. Runtimes extend it; must not import any runtime.
 */
package dev.quern.ext.script;
