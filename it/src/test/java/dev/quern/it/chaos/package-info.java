/**
 * The external-script chaos driver behind {@code ExternalScriptChaosIT}: many mssql-jdbc sessions
 * each running a seeded random mix of {@code sp_execute_external_script} calls ({@link
 * dev.quern.it.chaos.ChaosOp}), every call bounded by a client-side watchdog and checked by an
 * oracle ({@link dev.quern.it.chaos.ScriptCalls}, {@link dev.quern.it.chaos.Disruptions}), and,
 * once the server is idle again, what the calls must not leave behind ({@link
 * dev.quern.it.chaos.Leftovers}). Knows only the wire and what /proc and the file system show.
 */
package dev.quern.it.chaos;
