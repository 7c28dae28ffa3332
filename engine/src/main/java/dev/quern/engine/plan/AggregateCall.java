package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;

/** One aggregate of a GROUP BY: COUNT(*) has a null {@code arg}. */
public record AggregateCall(Kind kind, BoundExpr arg, boolean distinct, SqlType type) {
  /** The aggregate functions. */
  public enum Kind {
    COUNT,
    COUNT_BIG,
    SUM,
    AVG,
    MIN,
    MAX
  }

  public String toSql() {
    return kind.name() + "(" + (arg == null ? "*" : (distinct ? "DISTINCT " : "") + arg.toSql()) + ")";
  }
}
