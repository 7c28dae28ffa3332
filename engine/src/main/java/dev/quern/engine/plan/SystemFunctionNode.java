package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.sys.SystemFunction;
import java.util.List;
import java.util.stream.Collectors;

/** Calls a built-in dynamic management function (sys.dm_sql_referenced_entities …), its arguments bound. */
public record SystemFunctionNode(SystemFunction function, List<BoundExpr> args) implements PlanNode {
  public SystemFunctionNode {
    args = List.copyOf(args);
  }

  @Override
  public List<ResultColumn> columns() {
    return function.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "SystemFunction(sys." + function.name() + "("
        + args.stream().map(BoundExpr::toSql).collect(Collectors.joining(", ")) + "))";
  }
}
