/**
 * The engine's face to the server: sessions, requests in, results out as plain objects.
 *
 * <p>The server owns the wire; the engine owns T-SQL. A request (a batch, an RPC, a transaction
 * manager request) runs on the caller's thread (a virtual thread per request) and reports
 * everything it produces to a {@link dev.quern.engine.api.ResultSink} in order: result sets
 * (columns, rows), statement completions with row counts, informational and error messages,
 * environment changes, return status and output parameters. The server turns them into tokens.
 *
 * <p>Must not import anything of the wire ({@code dev.quern.tds}) or Netty.
 */
package dev.quern.engine.api;
