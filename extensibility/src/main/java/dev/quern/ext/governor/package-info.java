/**
 * External resource pools (CREATE/ALTER EXTERNAL RESOURCE POOL) and their enforcement:
 * admission under MAX_PROCESSES (queueing, never failing), the per-satellite memory limit from
 * MAX_MEMORY_PERCENT (20 % of machine memory in the built-in default pool) and a best-effort
 * MAX_CPU_PERCENT. See {@link dev.quern.ext.governor.ResourceGovernor}. Must not import the engine.
 */
package dev.quern.ext.governor;
