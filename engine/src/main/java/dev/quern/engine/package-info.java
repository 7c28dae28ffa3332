/**
 * The T-SQL engine's entry point, {@link dev.quern.engine.QuernEngine}. Sub-packages follow a
 * request's path: lexer → parser → ast → binder → plan → exec, with expr (bound expressions), func
 * (built-ins), proc (system procedures), error (the message catalog), session (session state),
 * bulk (the server files and format files BULK INSERT and OPENROWSET(BULK …) read) and
 * showplan (plans in SQL Server's operator names: SET SHOWPLAN_*, STATISTICS XML/PROFILE) and
 * temporal (the background HISTORY_RETENTION_PERIOD cleanup of system-versioned tables) and
 * crypto (the encryption hierarchy's formats, algorithms and a session's open keys) and
 * indexedview (indexed views: their rules, stored rows and maintenance).
 * Must not import the wire ({@code dev.quern.tds}) or Netty.
 */
package dev.quern.engine;
