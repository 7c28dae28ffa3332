package dev.quern.engine.exec;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.TransactionRequest;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.Transactions;
import dev.quern.engine.session.option.IsolationLevels;

/**
 * BEGIN/COMMIT/ROLLBACK/SAVE TRAN from T-SQL and the same four from the wire's TRANSACTION_MANAGER
 * requests, over the session's {@link Transactions}.
 */
final class TransactionExecutor {
  private final SessionState state;

  TransactionExecutor(SessionState state) {
    this.state = state;
  }

  void execute(StatementPlan.Transaction t, Frame frame, ResultSink sink) {
    Object n = t.name() == null ? null : t.name().eval(frame.eval);
    String name = n == null ? null : n.toString();
    Transactions tx = state.transactions();
    switch (t.kind()) {
      case BEGIN -> {
        beginImplicitIfNeeded(sink);
        tx.begin(name, sink);
      }
      case COMMIT -> tx.commit(sink);
      case ROLLBACK -> {
        if (state.trigger() != null && name == null) {
          // In a trigger the transaction ends when the trigger returns (3609), its statement undone.
          state.trigger().rollBack();
        } else {
          tx.rollback(name, sink);
        }
      }
      case SAVE -> tx.save(name);
    }
    sink.done(-1, frame.inProc);
  }

  /** Under IMPLICIT_TRANSACTIONS ON, statements that need a transaction open one first. */
  void beginImplicitIfNeeded(ResultSink sink) {
    if (state.sessionOptions().has(SessionOptions.IMPLICIT_TRANSACTIONS) && state.transactions().count() == 0) {
      state.transactions().beginImplicit(sink);
    }
  }

  /**
   * A TRANSACTION_MANAGER request. Commit or rollback with nothing open is a no-op, as SQL Server
   * treats it (MS ODBC sends a rollback whether or not a transaction is open).
   */
  void request(TransactionRequest r, ResultSink sink) {
    Transactions tx = state.transactions();
    switch (r) {
      case TransactionRequest.Begin b -> {
        isolation(b.isolationLevel());
        tx.begin(emptyToNull(b.name()), sink);
      }
      case TransactionRequest.Commit c -> {
        if (tx.count() > 0) {
          // The wire's commit ends the transaction whatever the nesting.
          while (tx.count() > 0) {
            tx.commit(sink);
          }
        }
        if (c.beginNew()) {
          isolation(c.newIsolationLevel());
          tx.begin(null, sink);
        }
      }
      case TransactionRequest.Rollback rb -> {
        String name = emptyToNull(rb.name());
        if (tx.count() > 0) {
          tx.rollback(name, sink);
        }
        if (rb.beginNew()) {
          isolation(rb.newIsolationLevel());
          tx.begin(null, sink);
        }
      }
      case TransactionRequest.Save s -> tx.save(s.name());
    }
  }

  private void isolation(int level) {
    if (level >= 1 && level <= 5) {
      state.sessionOptions().isolationLevel = IsolationLevels.fromWire(level);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
