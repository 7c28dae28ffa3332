/**
 * Connection start-up: PRELOGIN negotiation (encryption matrix, the reply's options), SQL
 * authentication against the stored sa password hash, and the LOGIN7 flow that opens the engine
 * session and writes the login response tokens in SQL Server's order.
 *
 * <p>Imports {@code dev.quern.tds}, {@code dev.quern.engine.api}, {@code session}; must not import
 * Netty pipeline classes ({@code netty}) or engine internals.
 */
package dev.quern.server.login;
