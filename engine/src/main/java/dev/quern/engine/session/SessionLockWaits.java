package dev.quern.engine.session;

import dev.quern.catalog.kv.KvCancelledException;
import dev.quern.catalog.kv.KvLockWaits;
import dev.quern.engine.api.WaitScope;

/**
 * A session's lock waits: shown in sys.dm_exec_requests as SQL Server's LCK_M_* wait types while
 * they last, and ended by ATTENTION. Only the session's request thread waits, one wait at a time.
 * Its commits' log flushes show as WRITELOG the same way (they cannot be cancelled).
 */
final class SessionLockWaits implements KvLockWaits {
  private final SessionState state;
  private WaitScope current;
  private WaitScope logFlush;

  SessionLockWaits(SessionState state) {
    this.state = state;
  }

  @Override
  public boolean cancelled() {
    return state.cancelled();
  }

  @Override
  public int owner() {
    return state.spid();
  }

  @Override
  public void waiting(Mode mode, long sinceNanos, Blockers blockers) {
    if (state.nonBlocking().active()) {
      // On a thread that must not wait: give the request up before it waits (no wait recorded).
      state.nonBlocking().yieldToBlockingThread();
      throw new KvCancelledException();
    }
    current = state.activity().beginWait(mode.waitType(), sinceNanos, blockers);
  }

  @Override
  public void waitEnded() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  @Override
  public void flushingLog() {
    if (!state.nonBlocking().active()) { // no waits are recorded there (see waiting)
      logFlush = state.activity().beginWait(WaitStatistics.WRITELOG);
    }
  }

  @Override
  public void logFlushed() {
    if (logFlush != null) {
      logFlush.close();
      logFlush = null;
    }
  }
}
