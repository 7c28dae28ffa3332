package dev.quern.ext.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One client session as external runtimes see it: the key under which a runtime may keep a
 * satellite between the session's calls, and the moment that keeping ends. The engine makes one
 * per session and closes it when the session ends or is reset (sp_reset_connection), so what one
 * session's scripts leave in a satellite's modules never reaches another session.
 */
public final class ScriptSession implements AutoCloseable {
  private final Map<Object, Runnable> onClose = new LinkedHashMap<>();
  private boolean closed;

  /**
   * Runs {@code action} when the session ends, once per {@code owner} (a later registration of the
   * same owner keeps the first action). False when the session has ended already: nothing is kept.
   */
  public synchronized boolean onClose(Object owner, Runnable action) {
    if (closed) {
      return false;
    }
    onClose.putIfAbsent(owner, action);
    return true;
  }

  public synchronized boolean isClosed() {
    return closed;
  }

  /** Ends the session: runs the registered actions (outside this object's lock), once. */
  @Override
  public void close() {
    List<Runnable> actions;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      actions = new ArrayList<>(onClose.values());
      onClose.clear();
    }
    actions.forEach(Runnable::run);
  }
}
