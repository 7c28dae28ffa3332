package dev.quern.catalog.kv;

/**
 * What one read locks beyond what the transaction's isolation level already makes it lock: the
 * effect of table hints (HOLDLOCK, REPEATABLEREAD, UPDLOCK, NOWAIT, READPAST …) on the reads of
 * one table. A read takes the stronger of these and its isolation level's locks.
 *
 * @param rows the lock each row read is given and keeps until the transaction ends
 * @param range whether the key range read is locked too, so no row can appear in it, vanish from
 *     it or change until the transaction ends (SERIALIZABLE for this read)
 * @param whenLocked what a lock held by another transaction does to the read
 * @param table whether the read first locks its whole table exclusively until the transaction ends
 *     (TABLOCKX); its rows then need no locks of their own
 */
public record ReadLocks(Rows rows, boolean range, Wait whenLocked, boolean table) {
  /** The lock on each row read. */
  public enum Rows {
    /** Whatever the isolation level gives (none under READ COMMITTED). */
    NONE,
    /** Shared, held to the end of the transaction (REPEATABLEREAD). */
    SHARED,
    /** Exclusive, held to the end of the transaction, at the latest committed value (UPDLOCK, XLOCK). */
    EXCLUSIVE
  }

  /** What a read does when another transaction holds a lock it needs. */
  public enum Wait {
    /** Waits as the session's LOCK_TIMEOUT says (error 1222 when it passes). */
    AS_SESSION,
    /** Does not wait: error 1222 at once (NOWAIT). */
    NO_WAIT,
    /** Skips the row another transaction holds locked (READPAST). */
    SKIP_LOCKED
  }

  /** The locks of the isolation level alone: no table hint. */
  public static final ReadLocks NONE = new ReadLocks(Rows.NONE, false, Wait.AS_SESSION);

  public ReadLocks {
    java.util.Objects.requireNonNull(rows);
    java.util.Objects.requireNonNull(whenLocked);
  }

  /** Locks on rows only, not the table. */
  public ReadLocks(Rows rows, boolean range, Wait whenLocked) {
    this(rows, range, whenLocked, false);
  }

  /** Whether this read locks nothing beyond its isolation level. */
  public boolean isNone() {
    return rows == Rows.NONE && !range && whenLocked == Wait.AS_SESSION && !table;
  }
}
