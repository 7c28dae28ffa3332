package dev.quern.ext.pool;

import dev.quern.ext.spi.ScriptSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Satellites kept between the calls of one client session. A satellite whose call completed and
 * that can serve another ({@link Satellite#reusable}) is parked under the session; the session's
 * next call takes it back when it would run under the same {@link PoolKey} and profile (the
 * runtime's word for "same limits, same libraries"), and so skips the fork and warm-up a fresh
 * satellite costs (about 10 ms of CPU for Python), and finds what earlier calls imported still
 * imported.
 *
 * <p>A session keeps at most one. A parked satellite is closed when its session ends, when it has
 * waited longer than the idle timeout, when more than the cap are parked (the one parked longest
 * ago goes), or when the session's next call does not match it. Never handed to another session:
 * that is what keeps one session's leftovers from another's calls.
 */
final class ParkedSatellites<S extends Satellite> {
  private record Parked<S>(PoolKey key, Object profile, S satellite, long sinceNanos) {}

  /** In parking order (a taken satellite leaves, a parked one joins at the end): eldest first. */
  private final Map<ScriptSession, Parked<S>> bySession = new LinkedHashMap<>();
  private final int cap;
  private boolean closed;

  ParkedSatellites(int cap) {
    this.cap = cap;
  }

  /** The satellite {@code session} parked, if it matches {@code key} and {@code profile} and lives. */
  S take(ScriptSession session, PoolKey key, Object profile) {
    Parked<S> p;
    synchronized (this) {
      p = bySession.remove(session);
    }
    if (p == null) {
      return null;
    }
    if (p.key().equals(key) && p.profile().equals(profile) && p.satellite().usable()) {
      return p.satellite();
    }
    p.satellite().close();
    return null;
  }

  /** Keeps {@code satellite} for {@code session}'s next call; closes it when that cannot be. */
  void park(ScriptSession session, PoolKey key, Object profile, S satellite) {
    List<S> toClose = new ArrayList<>();
    synchronized (this) {
      if (closed || cap == 0 || !session.onClose(this, () -> discard(session))) {
        toClose.add(satellite);
      } else {
        Parked<S> previous = bySession.put(session, new Parked<>(key, profile, satellite, System.nanoTime()));
        if (previous != null) {
          toClose.add(previous.satellite()); // a session runs one call at a time: not expected
        }
        Iterator<Parked<S>> eldest = bySession.values().iterator();
        while (bySession.size() > cap) {
          toClose.add(eldest.next().satellite());
          eldest.remove();
        }
      }
    }
    toClose.forEach(Satellite::close);
  }

  /** Closes what {@code session} keeps: it has ended. */
  private void discard(ScriptSession session) {
    Parked<S> p;
    synchronized (this) {
      p = bySession.remove(session);
    }
    if (p != null) {
      p.satellite().close();
    }
  }

  /** Closes the satellites parked longer than {@code idle} ago. */
  void sweep(Duration idle) {
    List<S> toClose = new ArrayList<>();
    long now = System.nanoTime();
    synchronized (this) {
      bySession.values().removeIf(p -> {
        boolean expired = now - p.sinceNanos() >= idle.toNanos();
        if (expired) {
          toClose.add(p.satellite());
        }
        return expired;
      });
    }
    toClose.forEach(Satellite::close);
  }

  synchronized int size() {
    return bySession.size();
  }

  /** Closes every parked satellite and parks none from now on (the pool is closing). */
  void close() {
    List<S> toClose = new ArrayList<>();
    synchronized (this) {
      closed = true;
      bySession.values().forEach(p -> toClose.add(p.satellite()));
      bySession.clear();
    }
    toClose.forEach(Satellite::kill);
  }
}
