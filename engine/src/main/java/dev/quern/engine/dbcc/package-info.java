/**
 * DBCC commands ("DBCC (Transact-SQL)"): a registry ({@link DbccCommands}) of small classes, one
 * per command, each given its evaluated arguments and WITH options in a {@link DbccCall}. The
 * executor ({@code exec.DbccExecutor}) finds the command (2526 for an unknown one) and sends the
 * closing 2528 message. Reads tables only through the store session's transaction.
 */
package dev.quern.engine.dbcc;
