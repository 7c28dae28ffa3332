package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * A searched CASE (simple CASE, IIF, COALESCE and NULLIF are bound to this form): the first
 * TRUE condition's result, else the ELSE result or NULL. Results are already converted to the
 * CASE's type.
 */
public final class CaseExpr extends BoundExpr {
  private final List<BoundExpr> conditions;
  private final List<BoundExpr> results;
  private final BoundExpr otherwise;
  private final SqlType type;
  private final String sql;

  public CaseExpr(
      List<BoundExpr> conditions, List<BoundExpr> results, BoundExpr otherwise, SqlType type, String sql) {
    this.conditions = conditions;
    this.results = results;
    this.otherwise = otherwise;
    this.type = type;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return otherwise == null
        || otherwise.nullable()
        || results.stream().anyMatch(BoundExpr::nullable);
  }

  @Override
  public Object eval(EvalContext ctx) {
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i).eval(ctx) == Boolean.TRUE) {
        return results.get(i).eval(ctx);
      }
    }
    return otherwise == null ? null : otherwise.eval(ctx);
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public boolean isConstant() {
    return conditions.stream().allMatch(BoundExpr::isConstant)
        && results.stream().allMatch(BoundExpr::isConstant)
        && (otherwise == null || otherwise.isConstant());
  }

  @Override
  public List<BoundExpr> operands() {
    List<BoundExpr> all = new java.util.ArrayList<>(conditions);
    all.addAll(results);
    if (otherwise != null) {
      all.add(otherwise);
    }
    return all;
  }
}
