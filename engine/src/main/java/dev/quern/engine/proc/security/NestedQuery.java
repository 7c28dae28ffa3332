package dev.quern.engine.proc.security;

import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcedureHost;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a catalog query nested in a procedure and keeps its rows, as the reports read the catalog
 * views the caller could query itself (what they show is what those views show).
 */
public final class NestedQuery {
  private NestedQuery() {}

  public static List<Object[]> rows(ProcedureHost host, String sql) {
    BatchPlan plan = host.compile(sql, List.of(), "");
    Capture capture = new Capture();
    host.runCapturing(plan, new Object[plan.frameSize()], capture);
    return capture.rows;
  }

  /** Keeps the rows; an error of the query is reported by the nested run itself. */
  private static final class Capture extends DiscardingSink {
    final List<Object[]> rows = new ArrayList<>();

    @Override
    public void row(Object[] values) {
      rows.add(values.clone());
    }

    @Override
    public void message(SqlMessage message) {}
  }
}
