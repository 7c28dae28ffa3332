package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/** A value together with the SQL type it has (e.g. a literal as SQL Server types it). */
public record TypedValue(Object value, SqlType type) {}
