package dev.quern.engine.api;

import dev.quern.catalog.type.SqlType;

/** The final value of an OUTPUT parameter of an RPC. */
public record ReturnValue(int ordinal, String name, SqlType type, Object value) {}
