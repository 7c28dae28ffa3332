/**
 * SQL Server value semantics over the Java representations of {@link
 * dev.quern.catalog.type.TypeId}: CAST/CONVERT ({@link dev.quern.catalog.value.Conversions}), data
 * type precedence, arithmetic and concatenation, comparison under the default collation, the types
 * of literals, and the text of values; hierarchyid's encoding, text and methods ({@link
 * dev.quern.catalog.value.HierarchyId}), its values held as SQL Server's bytes; geometry and
 * geography converted through {@code ToSpatial} (the types themselves are {@code
 * dev.quern.catalog.spatial}'s); vector values
 * ({@link dev.quern.catalog.value.VectorValue}), their JSON text read and written as SQL Server 2025
 * does ({@link dev.quern.catalog.value.VectorText}); json's canonical text, read from character
 * data by {@code JsonCanonical}. Errors are {@link
 * dev.quern.catalog.value.SqlValueException}s with SQL Server's numbers and texts (built in {@link
 * dev.quern.catalog.value.ValueErrors}).
 *
 * <p>Pure functions of values and types: no session state (the date order is us_english mdy, the
 * collation SQL_Latin1_General_CP1_CI_AS). Must not import storage ({@code kv}, {@code rocks}), the
 * engine or the wire. {@link dev.quern.catalog.value.Collation} uses {@code codec}'s {@link
 * dev.quern.catalog.codec.KeyCollation}: a collation other than the default compares by the sort
 * keys its indexes store.
 */
package dev.quern.catalog.value;
