/**
 * Request dispatch: turns SQL_BATCH, RPC and TRANSACTION_MANAGER messages into engine calls on
 * a pooled platform thread (RocksDB lock waits in JNI would pin virtual-thread carriers), and the engine's results into tokens and packets, streamed with
 * back-pressure. Owns the response rules: DONE/DONEPROC/DONEINPROC sequencing, RETURNSTATUS
 * before RETURNVALUE, RESETCONNECTION, and ATTENTION (cancel what runs and what is queued before
 * it, then a DONE(ATTN) message). A request whose payload does not decode is answered with an
 * error (8009/8016/8023/4002) and a DONE(ERROR); the session carries on, since its packets were
 * framed correctly.
 *
 * <p>One exception to "never on the event loop": a request that provably cannot wait (a prepared
 * single-row read in autocommit, chosen by {@code InlineCandidates} on the wire and by the engine's
 * {@code executeRpcWithoutBlocking}) runs on the event loop that read it, saving two thread
 * hand-offs that cost more than the request; if it would wait after all (a lock), the engine gives
 * it up with nothing sent and it runs on a request thread as any other.
 *
 * <p>Responses leave through Netty, except that a request thread sends a response's last
 * packet itself ({@code SocketShortcut}, a duplicated descriptor of a plain TCP connection) when
 * nothing of the connection is still queued in Netty ({@code ResponseChannel}): handing it to the
 * event loop woke the loop once per request just to make the same system call.
 *
 * <p>Imports {@code dev.quern.tds}, {@code dev.quern.engine.api}, {@code server.types} and Netty's
 * channel (its epoll channel too, for the descriptor); must not import engine internals or
 * {@code netty}/{@code login}.
 */
package dev.quern.server.dispatch;
