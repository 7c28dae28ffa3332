package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/** A local variable or parameter, read from its slot in the batch's frame. */
public final class VariableExpr extends BoundExpr {
  private final int slot;
  private final String name;
  private final SqlType type;

  public VariableExpr(int slot, String name, SqlType type) {
    this.slot = slot;
    this.name = name;
    this.type = type;
  }

  public int slot() {
    return slot;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return ctx.variables[slot];
  }

  @Override
  public String toSql() {
    return name;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of();
  }
}
