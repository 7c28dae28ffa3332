package dev.quern.catalog.kv;

/** The transaction isolation levels of SQL Server (SET TRANSACTION ISOLATION LEVEL). */
public enum KvIsolation {
  READ_UNCOMMITTED,
  READ_COMMITTED,
  REPEATABLE_READ,
  SERIALIZABLE,
  SNAPSHOT;

  /** Whether reads take shared locks held to the end of the transaction. */
  public boolean locksOnRead() {
    return this == REPEATABLE_READ || this == SERIALIZABLE;
  }
}
