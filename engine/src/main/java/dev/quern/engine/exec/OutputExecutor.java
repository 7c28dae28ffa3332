package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.OutputStatement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.binder.OutputBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * INSERT, UPDATE and DELETE with OUTPUT: each changed row's {@code deleted}/{@code inserted}
 * values go to the client as a result set before the statement's count, or with INTO are inserted
 * into a table (or table variable) in the same statement.
 */
final class OutputExecutor {
  private final SessionState state;
  private final DmlExecutor dml;

  OutputExecutor(SessionState state, DmlExecutor dml) {
    this.state = state;
    this.dml = dml;
  }

  void run(OutputStatement s, BindContext bind, DmlBinder binder, Frame frame, ResultSink sink) {
    DmlPlan plan = switch (s.dml()) {
      case InsertStatement i -> binder.insert(i);
      case UpdateStatement u -> binder.update(u);
      case DeleteStatement d -> binder.delete(d);
      default -> throw SqlErrors.INTERNAL_ERROR.raise();
    };
    if (plan instanceof DmlPlan.Insert i && i.exec() != null) {
      throw SqlErrors.INTERNAL_ERROR.raise();
    }
    boolean hasDeleted = !(plan instanceof DmlPlan.Insert);
    boolean hasInserted = !(plan instanceof DmlPlan.Delete);
    OutputBinder.Bound out = new OutputBinder(bind).bind(s.output(), plan.target(), hasDeleted, hasInserted);
    int width = plan.target().table().columns().size();
    EvalContext ctx = frame.eval;
    List<Object[]> collected = new ArrayList<>();
    boolean toClient = s.output().into() == null;
    DmlPlan.Insert into = null;
    if (!toClient) {
      into = intoPlan(s, binder, out.columns().size());
      TriggerFiring.refuseOutputInto(state, into.target());
    } else {
      String event = switch (plan) {
        case DmlPlan.Insert i -> "INSERT";
        case DmlPlan.Update u -> "UPDATE";
        case DmlPlan.Delete d -> "DELETE";
      };
      TriggerFiring.refuseOutputToClient(state, plan.target(), shownTarget(s, plan), java.util.Set.of(event));
      sink.columns(out.columns());
    }
    BiConsumer<Object[], Object[]> listener = (old, row) -> {
      Object[] combined = new Object[2 * width];
      if (old != null) {
        System.arraycopy(old, 0, combined, 0, Math.min(width, old.length));
      }
      if (row != null) {
        System.arraycopy(row, 0, combined, width, Math.min(width, row.length));
      }
      Object[] saved = ctx.row;
      ctx.row = combined;
      Object[] values = new Object[out.values().size()];
      try {
        for (int i = 0; i < values.length; i++) {
          values[i] = out.values().get(i).eval(ctx);
        }
      } finally {
        ctx.row = saved;
      }
      if (toClient) {
        sink.row(values);
      } else {
        collected.add(values);
      }
    };
    dml.onChanges(listener);
    try {
      switch (plan) {
        case DmlPlan.Insert i -> dml.insert(i, frame, sink);
        case DmlPlan.Update u -> dml.update(u, frame, sink, binder);
        case DmlPlan.Delete d -> dml.delete(d, frame, sink, binder);
      }
    } finally {
      dml.onChanges((old, row) -> {});
    }
    if (into != null) {
      long count = state.rowCount();
      List<SqlType> types = out.columns().stream().map(ResultColumn::type).toList();
      dml.insertRows(into, collected, Collections.nCopies(collected.size(), types), frame, SILENT);
      state.setRowCount(count);
    }
  }

  /** The target as the statement writes it; the table's name when it writes an alias (UPDATE a … FROM t a). */
  private static String shownTarget(OutputStatement s, DmlPlan plan) {
    List<String> written = switch (s.dml()) {
      case InsertStatement i -> i.table();
      case UpdateStatement u -> u.table();
      case DeleteStatement d -> d.table();
      default -> List.of();
    };
    String table = plan.target().table().name();
    return !written.isEmpty() && written.getLast().equalsIgnoreCase(table) ? String.join(".", written) : table;
  }

  /** The INSERT into the OUTPUT INTO target, checked like INSERT … VALUES with {@code width} values. */
  private static DmlPlan.Insert intoPlan(OutputStatement s, DmlBinder binder, int width) {
    List<Expr> placeholders = Collections.nCopies(width, new Literal(Literal.Kind.NULL, "NULL"));
    return binder.insert(new InsertStatement(
        s.line(), s.output().into(), s.output().intoColumns(), List.of(placeholders), null, null));
  }

  /** Swallows the inner INSERT's DONE: the statement reports one count, its own. */
  static final ResultSink SILENT = new DiscardingSink() {};
}
