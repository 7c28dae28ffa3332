package dev.quern.engine.api;

import java.util.List;

/**
 * A remote procedure call: a procedure by name (well-known ProcIDs such as 10 are resolved to
 * names like {@code sp_executesql} by the server before they get here) and its parameters.
 * {@code anotherFollows}: the client sent more calls behind this one in the same message (a
 * batched prepared statement sends hundreds), which run right after it on the same thread.
 */
public record RpcRequest(String procName, List<RpcParameter> parameters, boolean anotherFollows) {
  /** A call with nothing queued behind it. */
  public RpcRequest(String procName, List<RpcParameter> parameters) {
    this(procName, parameters, false);
  }
}
