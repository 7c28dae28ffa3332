/**
 * The Netty side of the server: the pipeline (framing, message assembly, TLS inside PRELOGIN,
 * TDS 8.0 strict TLS), the per-connection state machine and the packetizing output with
 * back-pressure.
 *
 * <p>Nothing here blocks the event loop: login runs on a virtual thread, requests on pooled platform threads. May import
 * {@code dev.quern.tds}, {@code login}, {@code dispatch}, {@code session}, {@code tls}; must not
 * import engine internals (only {@code dev.quern.engine.api}).
 */
package dev.quern.server.netty;
