package dev.quern.catalog.kv;

/**
 * A transaction's owner, as its lock waits see it: told when a wait starts and ends (so it can
 * show the wait, as sys.dm_exec_requests does), and asked while the wait lasts whether to stop.
 */
public interface KvLockWaits {
  /** The lock a transaction waits for, named as SQL Server's wait types name them. */
  enum Mode {
    /** A row's exclusive lock (a write, or a read for update): LCK_M_X. */
    EXCLUSIVE("LCK_M_X", "X"),
    /** A row's shared lock (REPEATABLE READ / SERIALIZABLE reads): LCK_M_S. */
    SHARED("LCK_M_S", "S"),
    /** A shared key range (a SERIALIZABLE scan): LCK_M_RS_S. */
    RANGE_SHARED("LCK_M_RS_S", "RangeS-S"),
    /** An update key range (a SERIALIZABLE scan for update): LCK_M_RS_U. */
    RANGE_UPDATE("LCK_M_RS_U", "RangeS-U"),
    /** A write into a range another transaction holds: LCK_M_RIn_X. */
    RANGE_INSERT("LCK_M_RIn_X", "RangeI-N");

    private final String waitType;
    private final String requestMode;

    Mode(String waitType, String requestMode) {
      this.waitType = waitType;
      this.requestMode = requestMode;
    }

    public String waitType() {
      return waitType;
    }

    /** The lock mode as sys.dm_tran_locks.request_mode names it. */
    public String requestMode() {
      return requestMode;
    }
  }

  /**
   * Who a wait waits for, asked from any thread while the wait lasts: the {@link #owner()}s of the
   * transactions holding the lock now (empty between two tries of a wait, or when unknown).
   */
  @FunctionalInterface
  interface Blockers {
    int[] owners();
  }

  /** Waits nobody watches or cancels. */
  KvLockWaits NONE =
      new KvLockWaits() {
        @Override
        public boolean cancelled() {
          return false;
        }

        @Override
        public void waiting(Mode mode, long sinceNanos, Blockers blockers) {}

        @Override
        public void waitEnded() {}
      };

  /** Asked while a wait lasts: true ends it with {@link KvCancelledException}. */
  boolean cancelled();

  /** Who owns the transaction (a session id), 0 for nobody in particular. */
  default int owner() {
    return 0;
  }

  /** A wait for a {@code mode} lock started at {@code sinceNanos} ({@link System#nanoTime}). */
  void waiting(Mode mode, long sinceNanos, Blockers blockers);

  /** The wait ended: granted, timed out, cancelled or a deadlock victim. */
  void waitEnded();

  /**
   * A commit of a durable store is writing its changes to the log and waiting for the log to reach
   * the disk (SQL Server's WRITELOG wait), until {@link #logFlushed}. Not called for a commit that
   * wrote nothing or of a store without a synced log (tempdb).
   */
  default void flushingLog() {}

  /** The commit's log write ended, made durable or failed. */
  default void logFlushed() {}
}
