package dev.quern.engine.session;

import java.util.ArrayList;
import java.util.List;

/**
 * One open user transaction: its wire descriptor, name and savepoints. When storage arrives
 * (issue 3) it owns the storage transaction, and savepoints map to storage savepoints.
 */
public final class Transaction {
  private final long descriptor;
  private final String name;
  private final List<String> savepoints = new ArrayList<>();
  private final java.time.Instant began = java.time.Instant.now();
  private final boolean implicit;
  private boolean doomed;

  Transaction(long descriptor, String name, boolean implicit) {
    this.descriptor = descriptor;
    this.name = name;
    this.implicit = implicit;
  }

  /** When BEGIN TRANSACTION (or the statement opening an implicit one) ran. */
  public java.time.Instant began() {
    return began;
  }

  /** Whether IMPLICIT_TRANSACTIONS opened it rather than BEGIN TRANSACTION. */
  public boolean implicit() {
    return implicit;
  }

  public long descriptor() {
    return descriptor;
  }

  public String name() {
    return name;
  }

  void save(String savepoint) {
    savepoints.add(savepoint);
  }

  /** Rolls back to the latest savepoint of that name; false when there is none. */
  boolean rollbackTo(String savepoint) {
    for (int i = savepoints.size() - 1; i >= 0; i--) {
      if (savepoints.get(i).equalsIgnoreCase(savepoint)) {
        // Savepoints set after it are gone; the savepoint itself stays usable, as in SQL Server.
        savepoints.subList(i + 1, savepoints.size()).clear();
        return true;
      }
    }
    return false;
  }

  /** An uncommittable transaction (XACT_STATE() = -1): only ROLLBACK is allowed. */
  public boolean doomed() {
    return doomed;
  }

  void doom() {
    doomed = true;
  }
}
