/**
 * System stored procedures as a registry of small classes ({@link
 * dev.quern.engine.proc.SystemProcedures}): sp_executesql, sp_prepare, sp_execute, sp_prepexec,
 * sp_unprepare. They run statements through {@link dev.quern.engine.proc.ProcedureHost} (the
 * interpreter) and never touch the wire.
 */
package dev.quern.engine.proc;
