package dev.quern.engine.api;

import java.util.List;

/**
 * A remote procedure call: a procedure by name (well-known ProcIDs such as 10 are resolved to
 * names like {@code sp_executesql} by the server before they get here) and its parameters.
 */
public record RpcRequest(String procName, List<RpcParameter> parameters) {}
