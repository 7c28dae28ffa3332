/**
 * Warm satellites per (language, login, external resource pool).
 *
 * <p>A {@link dev.quern.ext.pool.SatelliteHost} (for Python: a pre-imported fork-server parent)
 * keeps {@code spares} warmed satellites ready; each serves exactly one call through a {@link
 * dev.quern.ext.pool.Lease} and then exits, so no state leaks between calls and a satellite never
 * serves two logins. The lease's compare-and-set makes exactly one party end a satellite (release
 * after a completed call, or kill on cancellation/failure). Idle hosts are stopped after the idle
 * timeout and hosts are replaced after {@code recycleAfter} satellites ({@link
 * dev.quern.ext.pool.PoolSettings}). Language-neutral: must not import any runtime module.
 */
package dev.quern.ext.pool;
