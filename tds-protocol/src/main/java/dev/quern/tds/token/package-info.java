/**
 * TDS tokens of the token stream [MS-TDS §2.2.7]. Each token's {@code encode} writes its token
 * byte; its {@code decode} starts after the token byte, which the stream reader has consumed to
 * pick the decoder.
 *
 * <p>Imports {@code dev.quern.tds.type} and Netty buffers only; no server or engine code.
 */
package dev.quern.tds.token;
