/**
 * System stored procedures as a registry of small classes ({@link
 * dev.quern.engine.proc.SystemProcedures}): sp_executesql, sp_prepare, sp_execute, sp_prepexec,
 * sp_unprepare. They run statements through {@link dev.quern.engine.proc.ProcedureHost} (the
 * interpreter) and never touch the wire. The modules users create run the same way: stored
 * procedures ({@link dev.quern.engine.proc.StoredProcedures}) and user-defined functions ({@link
 * dev.quern.engine.proc.UserFunctions}, whose scalar calls are {@link
 * dev.quern.engine.proc.UserFunctionExpr} expressions), each compiled from its stored definition
 * once per session and text.
 */
package dev.quern.engine.proc;
