package dev.quern.engine.api;

import dev.quern.catalog.type.SqlType;

/**
 * A typed parameter of an RPC as the client sent it. {@code name} includes the leading '@', or is
 * empty for a positional parameter.
 */
public record RpcParameter(String name, SqlType type, Object value, boolean output) {}
