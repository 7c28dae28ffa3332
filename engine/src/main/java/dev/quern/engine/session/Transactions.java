package dev.quern.engine.session;

import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;

/**
 * A session's transaction nesting with SQL Server's @@TRANCOUNT rules: BEGIN increments (the
 * first one opens the transaction), COMMIT decrements (the last one commits), ROLLBACK without a
 * savepoint name rolls everything back. ENVCHANGE begin/commit/rollback is sent only when the
 * real transaction starts or ends, never for nested counts.
 */
public final class Transactions {
  private final ServerContext server;
  private Transaction current;
  private int count;
  private TransactionHooks hooks = TransactionHooks.NONE;
  /** Told when the transaction ends, committed or rolled back (its application locks go). */
  private Runnable ended = () -> {};

  public Transactions(ServerContext server) {
    this.server = server;
  }

  /** Runs {@code onEnd} whenever the transaction ends (after the storage's commit or rollback). */
  public void onEnd(Runnable onEnd) {
    this.ended = onEnd;
  }

  /** Connects the storage transaction that follows this nesting. */
  public void attach(TransactionHooks storageHooks) {
    this.hooks = storageHooks;
  }

  public int count() {
    return count;
  }

  public Transaction current() {
    return current;
  }

  public long descriptor() {
    return current == null ? 0 : current.descriptor();
  }

  /** XACT_STATE(): 0 none, 1 active and committable, -1 uncommittable. */
  public int xactState() {
    if (current == null) {
      return 0;
    }
    return current.doomed() ? -1 : 1;
  }

  public void begin(String name, ResultSink sink) {
    begin(name, false, sink);
  }

  /** Opens the transaction IMPLICIT_TRANSACTIONS ON opens before a statement that needs one. */
  public void beginImplicit(ResultSink sink) {
    begin(null, true, sink);
  }

  private void begin(String name, boolean implicit, ResultSink sink) {
    if (current == null) {
      current = new Transaction(server.newTransactionDescriptor(), name, implicit);
      hooks.begun();
      sink.envChange(new EnvChange.BeginTransaction(current.descriptor()));
    }
    count++;
  }

  public void commit(ResultSink sink) {
    if (count == 0) {
      throw SqlErrors.COMMIT_WITHOUT_BEGIN.raise();
    }
    if (current.doomed()) {
      throw SqlErrors.UNCOMMITTABLE.raise();
    }
    if (count == 1) {
      hooks.committed();
    }
    count--;
    if (count == 0) {
      long d = current.descriptor();
      current = null;
      ended.run();
      sink.envChange(new EnvChange.CommitTransaction(d));
    }
  }

  /** ROLLBACK [name]: a savepoint name rolls back to it and keeps the count. */
  public void rollback(String name, ResultSink sink) {
    if (count == 0) {
      throw SqlErrors.ROLLBACK_WITHOUT_BEGIN.raise();
    }
    if (name != null && !name.equalsIgnoreCase(current.name() == null ? "" : current.name())) {
      if (!current.rollbackTo(name)) {
        throw SqlErrors.NO_SAVEPOINT.raise(name);
      }
      hooks.rolledBackTo(name);
      return;
    }
    rollbackAll(sink);
  }

  /** Rolls back whatever is open (errors under XACT_ABORT, session end, RESETCONNECTION). */
  public void rollbackAll(ResultSink sink) {
    if (current == null) {
      return;
    }
    long d = current.descriptor();
    current = null;
    count = 0;
    try {
      hooks.rolledBack();
    } finally {
      ended.run();
    }
    if (sink != null) {
      sink.envChange(new EnvChange.RollbackTransaction(d));
    }
  }

  public void save(String name) {
    if (current == null) {
      throw SqlErrors.SAVE_WITHOUT_TRANSACTION.raise();
    }
    current.save(name);
    hooks.saved(name);
  }

  /** Marks the open transaction uncommittable (an error in TRY under XACT_ABORT ON). */
  public void doom() {
    if (current != null) {
      current.doom();
    }
  }
}
