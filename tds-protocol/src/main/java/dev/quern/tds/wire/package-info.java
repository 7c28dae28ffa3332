/**
 * Wire primitives of TDS [MS-TDS §2.2.5.1]: UCS-2 strings, B_VARCHAR, US_VARCHAR, B_VARBYTE, and
 * the bounds every reader checks before it allocates.
 *
 * <p>Readers here work on complete buffers: a buffer too short for what its length prefix
 * announces is a {@link dev.quern.tds.TdsProtocolException}, never an index exception. Callers
 * that stream (token decoders) check the whole token is present first.
 *
 * <p>Depends only on Netty's buffers; must not import {@code message}, {@code token} or anything
 * outside {@code dev.quern.tds}.
 */
package dev.quern.tds.wire;
