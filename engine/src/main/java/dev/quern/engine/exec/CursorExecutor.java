package dev.quern.engine.exec;

import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.CursorStatement;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.CursorBinder;
import dev.quern.engine.binder.QueryBinder;
import dev.quern.engine.cursor.CursorKind;
import dev.quern.engine.cursor.CursorOpening;
import dev.quern.engine.cursor.CursorRows;
import dev.quern.engine.cursor.Fetched;
import dev.quern.engine.cursor.Orientation;
import dev.quern.engine.cursor.ServerCursor;
import dev.quern.engine.cursor.SessionCursors;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.CursorErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the T-SQL cursor statements over the session's cursors ({@link SessionCursors}). OPEN and
 * each FETCH read tables in a table statement of their own (autocommit, or a statement of the
 * user's transaction; both start an implicit transaction under IMPLICIT_TRANSACTIONS, as in SQL
 * Server).
 */
final class CursorExecutor {
  private final SessionState state;
  private final TransactionExecutor transactions;

  CursorExecutor(SessionState state, TransactionExecutor transactions) {
    this.state = state;
    this.transactions = transactions;
  }

  void execute(StatementPlan.Cursor c, Frame frame, ResultSink sink) {
    SessionCursors cursors = state.cursors();
    switch (c.statement()) {
      case CursorStatement.Declare d -> cursors.declare(declared(d.name(), d.definition(), c, frame, false));
      case CursorStatement.DeclareVariables v -> v.names().forEach(cursors::declareVariable);
      case CursorStatement.SetVariable s -> cursors.assign(s.variable(), declared(s.variable(), s.definition(), c, frame, true));
      case CursorStatement.Open o -> open(cursors.find(o.cursor()), sink);
      case CursorStatement.Fetch f -> fetch(cursors.find(f.cursor()), f, c, frame, sink);
      case CursorStatement.Close cl -> {
        ServerCursor cursor = cursors.find(cl.cursor());
        cursor.rows(1); // 16917 (state 1) when it is not open
        cursor.close();
      }
      case CursorStatement.Deallocate d -> cursors.deallocate(d.cursor());
    }
  }

  /** A cursor as DECLARE (or SET @c = CURSOR) defines it; its query reads the variables as they are now. */
  private ServerCursor declared(
      String name, CursorStatement.Definition definition, StatementPlan.Cursor c, Frame frame, boolean variable) {
    CursorKind kind = CursorKind.of(definition, false);
    if (variable) {
      kind = new CursorKind(kind.kind(), kind.scroll(), kind.readOnly(), true);
    }
    if (kind.readOnly() && definition.updateColumns() != null) {
      throw CursorErrors.FOR_UPDATE_READ_ONLY.raise();
    }
    EvalContext ctx = new EvalContext(frame.variables.clone(), state);
    ctx.concatNullYieldsNull = frame.eval.concatNullYieldsNull;
    ctx.arithIgnore = frame.eval.arithIgnore;
    return new ServerCursor(name, definition, kind, c.scope(), ctx);
  }

  private void open(ServerCursor cursor, ResultSink sink) {
    if (cursor.isOpen()) {
      throw CursorErrors.ALREADY_OPEN.raise();
    }
    boolean converted = inStatement(sink, () -> {
      QueryPlan plan;
      try {
        plan = new QueryBinder((BindContext) cursor.scope()).bindQuery(cursor.definition().query()).plan();
      } catch (SqlException e) {
        throw e.abort() == Abort.COMPILE ? e.withAbort(Abort.STATEMENT) : e;
      }
      return CursorOpening.open(cursor, plan, state.store(), state::checkCancelled);
    });
    state.cursors().opened(cursor);
    if (converted && cursor.definition().options().typeWarning()) {
      sink.message(CursorErrors.CONVERTED.message());
    }
  }

  private void fetch(ServerCursor cursor, CursorStatement.Fetch f, StatementPlan.Cursor c, Frame frame, ResultSink sink) {
    CursorRows rows = cursor.rows(2);
    Orientation o = Orientation.valueOf(f.orientation());
    if (o != Orientation.NEXT && !cursor.kind().scroll()) {
      throw CursorErrors.FORWARD_ONLY_FETCH.raise(o.lower());
    }
    if (o == Orientation.ABSOLUTE && rows.count() < 0) {
      throw CursorErrors.DYNAMIC_FETCH.raise(o.title());
    }
    if (c.into() != null && c.into().length != cursor.columns().size()) {
      throw CursorErrors.INTO_COUNT.raise();
    }
    List<BoundExpr> converters = c.into() == null ? null : cursor.converters(c, () -> CursorBinder.converters(c.scope(), cursor.columns(), c.intoTypes()));
    long n = 0;
    if (c.offset() != null) {
      Object v = c.offset().eval(frame.eval);
      n = v == null ? 0 : ((Number) v).longValue();
    }
    long offset = n;
    Fetched got = inStatement(sink, () -> rows.fetch(o, offset));
    state.cursors().fetched(got.status());
    int count = got.status() == 0 ? 1 : 0;
    state.setRowCount(count);
    if (converters != null) {
      if (got.values() != null) {
        frame.eval.row = got.values();
        Object[] assigned = new Object[converters.size()];
        for (int i = 0; i < assigned.length; i++) {
          assigned[i] = converters.get(i).eval(frame.eval);
        }
        for (int i = 0; i < assigned.length; i++) {
          frame.variables[c.into()[i]] = assigned[i];
        }
      }
      return;
    }
    sink.columns(cursor.columns());
    if (got.values() != null) {
      sink.row(got.values());
    }
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : count, frame.inProc);
  }

  /** Runs {@code body} as a table statement: committed (autocommit) or undone as it ends. */
  private <T> T inStatement(ResultSink sink, Supplier<T> body) {
    transactions.beginImplicitIfNeeded(sink);
    StoreSession store = state.store();
    store.beginStatement();
    T result;
    try {
      result = body.get();
    } catch (RuntimeException e) {
      store.endStatement(false);
      throw StorageErrors.translate(e, state, id -> "dbo");
    }
    try {
      store.endStatement(true);
    } catch (RuntimeException e) {
      throw StorageErrors.translate(e, state, id -> "dbo");
    }
    return result;
  }
}
