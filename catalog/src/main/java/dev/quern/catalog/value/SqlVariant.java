package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/** A value of type sql_variant: the base type it carries and the value in that type. */
public record SqlVariant(SqlType baseType, Object value) {}
