package dev.quern.engine.api;

import dev.quern.catalog.type.SqlType;

/** One column of a result set. An empty name is an unnamed column, as SQL Server sends it. */
public record ResultColumn(String name, SqlType type, boolean nullable) {}
