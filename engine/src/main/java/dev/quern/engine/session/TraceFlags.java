package dev.quern.engine.session;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trace flags DBCC TRACEON turned on ("Trace Flags (Transact-SQL)"): globally (-1) or for one
 * session. Quern keeps them and reports them (DBCC TRACESTATUS); no flag changes its behaviour.
 * A session's flags go when it closes.
 */
public final class TraceFlags {
  private final Set<Integer> global = new TreeSet<>();
  private final Map<Integer, Set<Integer>> bySession = new TreeMap<>();

  public synchronized void set(int flag, boolean on, int spid, boolean globally) {
    Set<Integer> flags = globally ? global : bySession.computeIfAbsent(spid, k -> new TreeSet<>());
    if (on) {
      flags.add(flag);
    } else {
      flags.remove(flag);
      if (globally) {
        bySession.values().forEach(s -> s.remove(flag));
      }
    }
  }

  public synchronized boolean global(int flag) {
    return global.contains(flag);
  }

  public synchronized boolean session(int flag, int spid) {
    return bySession.getOrDefault(spid, Set.of()).contains(flag);
  }

  /** The flags on globally or for {@code spid}, in order. */
  public synchronized Set<Integer> visibleTo(int spid) {
    Set<Integer> out = new TreeSet<>(global);
    out.addAll(bySession.getOrDefault(spid, Set.of()));
    return out;
  }

  synchronized void sessionClosed(int spid) {
    bySession.remove(spid);
  }
}
