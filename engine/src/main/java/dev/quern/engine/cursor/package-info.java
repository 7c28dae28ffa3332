/**
 * Server cursors: the rows a cursor walks as its kind gives them (STATIC/INSENSITIVE copied at
 * OPEN, KEYSET keys kept and rows re-read at FETCH, DYNAMIC/FAST_FORWARD read as they go from the
 * row they are on), where it stands, and the session's cursors by scope (GLOBAL names, each batch's
 * or module's LOCAL names and cursor variables). T-SQL statements ({@code exec.CursorExecutor}) and
 * the API cursor procedures drive the same cursors. Imports the executor's operators and the store;
 * knows nothing of the wire.
 */
package dev.quern.engine.cursor;
