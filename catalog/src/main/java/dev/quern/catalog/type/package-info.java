/**
 * The SQL type system shared by storage, engine and server: {@link dev.quern.catalog.type.TypeId}
 * (the system types and their Java value representation), {@link dev.quern.catalog.type.SqlType} (a
 * type with its facets) and {@link dev.quern.catalog.type.SqlTypes} (T-SQL names, parsing of type
 * names, default facets, type families).
 *
 * <p>Pure data: must not import values' semantics ({@code catalog.value}), storage, the engine or
 * the wire.
 */
package dev.quern.catalog.type;
