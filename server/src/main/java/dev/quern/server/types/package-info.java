/**
 * The mapping between the engine's SQL types and values ({@code dev.quern.catalog.type}) and the
 * TDS types and wire values of {@code dev.quern.tds.type}: the TYPE_INFO SQL Server sends for a
 * column of each SQL type and protocol version, the conversions downlevel clients need (date/time
 * as strings before TDS 7.3, (max) types as text/ntext/image before 7.2), and the reverse mapping
 * of RPC parameter types.
 *
 * <p>Imports catalog types and values and tds-protocol types only; no Netty, sessions or engine
 * execution code.
 */
package dev.quern.server.types;
