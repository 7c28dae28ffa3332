/**
 * Counters for {@code sys.dm_external_script_requests}, {@code
 * sys.dm_external_script_execution_stats} and the {@code SQLServer:External Scripts} performance
 * object, plus per-call rows and phase timings logged at debug level. The engine's sys views read
 * the snapshot methods of {@link dev.quern.ext.stats.ExternalScriptStats}. Must not import the
 * engine.
 */
package dev.quern.ext.stats;
