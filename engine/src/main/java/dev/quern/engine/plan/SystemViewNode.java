package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.sys.SystemView;
import java.util.List;

/**
 * Reads a system view (sys.databases, sys.dm_exec_sessions …); {@code database} is the one a
 * three-part name gives ({@code otherdb.sys.tables}), null for the session's current database.
 */
public record SystemViewNode(SystemView view, String database) implements PlanNode {
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
    return "SystemView(" + (database == null ? "" : database + ".") + "sys." + view.name() + ")";
  }
}
