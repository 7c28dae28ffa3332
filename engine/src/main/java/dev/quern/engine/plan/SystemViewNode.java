package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.sys.SystemView;
import java.util.List;

/** Reads a system view (sys.databases, sys.dm_exec_sessions …). */
public record SystemViewNode(SystemView view) implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    return view.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "SystemView(sys." + view.name() + ")";
  }
}
