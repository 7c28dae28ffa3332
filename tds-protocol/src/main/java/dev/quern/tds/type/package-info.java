/**
 * TDS data types: the type tokens, TYPE_INFO, collations, protocol versions, and the codec of one
 * value of a type (fixed, BYTELEN, USHORTLEN, PLP, text pointer and sql_variant forms) [MS-TDS
 * §2.2.5].
 *
 * <p>Java values match the engine's ({@code dev.quern.catalog.type.TypeId}) so they pass through
 * untouched: Integer/Long/Boolean/BigDecimal/Float/Double/String/byte[]/LocalDate/LocalTime/
 * LocalDateTime/OffsetDateTime/UUID, and {@link dev.quern.tds.type.VariantValue} for sql_variant. A
 * CLR type (UDT, hierarchyid) is its names ({@link dev.quern.tds.type.UdtInfo}) and PLP bytes.
 *
 * <p>Input that ends inside a type or value raises {@link dev.quern.tds.type.TdsTruncatedException}
 * (a {@link dev.quern.tds.TdsProtocolException}), never an IndexOutOfBoundsException; other
 * malformed input raises TdsProtocolException. Every length is checked against a named limit and
 * the bytes present before anything is allocated. Encoders reject values that do not fit their type with
 * IllegalArgumentException (a server bug, not client input).
 *
 * <p>Imports only Netty buffers and the JDK; knows nothing of SQL semantics or the catalog.
 */
package dev.quern.tds.type;
