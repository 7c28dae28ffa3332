/**
 * TDS tokens of the token stream [MS-TDS §2.2.7]. Each token's {@code encode} writes its token
 * byte and its {@code decode} reads and checks it. A decode that finds the token incomplete
 * returns null with the reader index unchanged ("need more"); malformed input throws {@link
 * dev.quern.tds.TdsProtocolException}.
 *
 * <p>Imports {@code dev.quern.tds.type} and Netty buffers only; no server or engine code.
 */
package dev.quern.tds.token;
