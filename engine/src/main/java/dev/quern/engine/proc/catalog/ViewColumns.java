package dev.quern.engine.proc.catalog;

import static dev.quern.engine.ast.Names.bracketed;

import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcedureHost;
import java.util.List;

/**
 * A view's columns, as binding it gives them: Quern keeps a view's text, not its columns, so the
 * catalog procedures run {@code SELECT TOP (0) * FROM [schema].[view]} nested and keep the result
 * set's columns. A view that no longer binds (a table it reads was dropped) has none.
 */
public final class ViewColumns {
  /**
   * Whether this thread is describing a view already: a view over sys.columns would otherwise
   * describe itself without end (sys.columns lists views' columns). The inner description is not
   * needed, only the outer query's columns, so it answers none.
   */
  private static final ThreadLocal<Boolean> DESCRIBING = ThreadLocal.withInitial(() -> false);

  private ViewColumns() {}

  public static List<ResultColumn> of(ProcedureHost host, String schema, String view) {
    if (DESCRIBING.get()) {
      return List.of();
    }
    DESCRIBING.set(true);
    try {
      BatchPlan plan;
      try {
        plan = host.compile("SELECT TOP (0) * FROM " + bracketed(schema) + "." + bracketed(view), List.of(), "");
      } catch (SqlException e) {
        return List.of();
      }
      Capture capture = new Capture();
      host.runCapturing(plan, new Object[plan.frameSize()], capture);
      return capture.failed ? List.of() : capture.columns;
    } finally {
      DESCRIBING.set(false);
    }
  }

  /** Keeps the columns of the result set, and whether an error came instead. */
  private static final class Capture extends DiscardingSink {
    List<ResultColumn> columns = List.of();
    boolean failed;

    @Override
    public void columns(List<ResultColumn> columns) {
      this.columns = List.copyOf(columns);
    }

    @Override
    public void message(SqlMessage message) {
      failed |= message.isError();
    }
  }
}
