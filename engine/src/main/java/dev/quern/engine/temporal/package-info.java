/**
 * Background maintenance of system-versioned temporal tables: the HISTORY_RETENTION_PERIOD
 * cleanup, which deletes history rows whose period ended before the retention in small
 * transactions of their own ({@link dev.quern.engine.temporal.HistoryRetention}), run on a
 * schedule while the engine is open ({@link dev.quern.engine.store.PeriodicCleanup}).
 */
package dev.quern.engine.temporal;
