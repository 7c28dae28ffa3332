package dev.quern.engine.session;

import java.util.HashMap;
import java.util.Map;

/**
 * A session's prepared statements by handle (sp_prepare, sp_prepexec). Handles start at 1, as
 * SQL Server's do, and are never reused within the session.
 */
public final class PreparedStatements {
  /** What a handle stands for: the parameter definitions and text, and the compiled form. */
  public record Prepared(String parameters, String statement, Object compiled) {}

  /** A session may not hold more handles than this (a client leaking handles gets an error). */
  public static final int MAX_HANDLES = 65_536;

  private final Map<Integer, Prepared> byHandle = new HashMap<>();
  private int nextHandle = 1;

  public int add(Prepared p) {
    if (byHandle.size() >= MAX_HANDLES) {
      throw new IllegalStateException("too many prepared statements");
    }
    int h = nextHandle++;
    byHandle.put(h, p);
    return h;
  }

  public Prepared get(int handle) {
    return byHandle.get(handle);
  }

  public boolean remove(int handle) {
    return byHandle.remove(handle) != null;
  }

  public void clear() {
    byHandle.clear();
  }
}
