package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/** A constant value of a known type (a literal, or a folded expression). */
public final class Constant extends BoundExpr {
  private final Object value;
  private final SqlType type;
  private final String sql;
  private final boolean nullable;

  public Constant(Object value, SqlType type, String sql) {
    this(value, type, sql, value == null);
  }

  /** A folded expression keeps the nullability SQL Server infers for the unfolded one. */
  public Constant(Object value, SqlType type, String sql, boolean nullable) {
    this.value = value;
    this.type = type;
    this.sql = sql;
    this.nullable = nullable || value == null;
  }

  public Object value() {
    return value;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return value;
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public boolean isConstant() {
    return true;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of();
  }
}
