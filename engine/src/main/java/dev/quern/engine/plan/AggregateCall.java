package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * One aggregate of a GROUP BY: COUNT(*) has a null {@code arg}. STRING_AGG also has its
 * {@code separator} and, with WITHIN GROUP, the {@code order} of the values it joins.
 */
public record AggregateCall(
    Kind kind, BoundExpr arg, boolean distinct, SqlType type, BoundExpr separator, List<OrderKey> order) {
  public AggregateCall(Kind kind, BoundExpr arg, boolean distinct, SqlType type) {
    this(kind, arg, distinct, type, null, List.of());
  }

  public AggregateCall {
    order = List.copyOf(order);
  }

  /** One key of WITHIN GROUP (ORDER BY …). */
  public record OrderKey(BoundExpr expr, boolean descending) {}

  /** The aggregate functions. */
  public enum Kind {
    COUNT,
    COUNT_BIG,
    SUM,
    AVG,
    MIN,
    MAX,
    STRING_AGG,
    VAR,
    VARP,
    STDEV,
    STDEVP,
    /** The XOR of int values (order-independent, so a table's rows compare in one value). */
    CHECKSUM_AGG
  }

  public String toSql() {
    if (kind == Kind.STRING_AGG) {
      return "STRING_AGG(" + arg.toSql() + ", " + separator.toSql() + ")"
          + (order.isEmpty() ? "" : " WITHIN GROUP (ORDER BY " + String.join(", ",
              order.stream().map(k -> k.expr().toSql() + (k.descending() ? " DESC" : "")).toList()) + ")");
    }
    return kind.name() + "(" + (arg == null ? "*" : (distinct ? "DISTINCT " : "") + arg.toSql()) + ")";
  }
}
