/**
 * Client messages [MS-TDS §2.2.6]: PRELOGIN (both directions), LOGIN7 with its feature
 * extensions, SQL_BATCH, RPC and TRANSACTION_MANAGER requests with their ALL_HEADERS.
 *
 * <p>Decoders take one complete, assembled message payload: a payload that ends early or whose
 * lengths point outside it is a {@link dev.quern.tds.TdsProtocolException}; no other exception
 * escapes a decoder. Every length is checked against a named limit before anything is allocated.
 * Each message also encodes itself (the server's PRELOGIN reply; client messages for tests).
 *
 * <p>Depends on {@code wire}, {@code packet} and {@code type}; must not import server code.
 */
package dev.quern.tds.message;
