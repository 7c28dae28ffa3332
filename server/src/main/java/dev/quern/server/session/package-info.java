/**
 * Sessions: one per logged-in connection, holding its SPID, its login and the engine session that
 * keeps its T-SQL state.
 *
 * <p>A session knows no protocol: it must not import {@code dev.quern.tds} or Netty. The
 * connection that owns it (in {@code netty}) speaks TDS on its behalf.
 */
package dev.quern.server.session;
