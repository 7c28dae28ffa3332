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
  private ViewColumns() {}

  public static List<ResultColumn> of(ProcedureHost host, String schema, String view) {
    BatchPlan plan;
    try {
      plan = host.compile("SELECT TOP (0) * FROM " + bracketed(schema) + "." + bracketed(view), List.of(), "");
    } catch (SqlException e) {
      return List.of();
    }
    Capture capture = new Capture();
    host.runCapturing(plan, new Object[plan.frameSize()], capture);
    return capture.failed ? List.of() : capture.columns;
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
