package dev.quern.ext.stats;

/**
 * One row of {@code sys.dm_external_script_execution_stats} ({@code language, counter_name,
 * counter_value}) or of the {@code SQLServer:External Scripts} performance object (language empty).
 */
public record ExecutionCounter(String language, String counterName, long counterValue) {}
