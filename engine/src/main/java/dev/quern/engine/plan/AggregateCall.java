package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * One aggregate of a GROUP BY: COUNT(*) has a null {@code arg}. STRING_AGG also has its
 * {@code separator} and, with WITHIN GROUP, the {@code order} of the values it joins.
 * APPROX_PERCENTILE_CONT/DISC keep their percentile in {@code separator} (their one argument)
 * and their WITHIN GROUP key both in {@code arg} and, with its direction, in {@code order}.
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
    CHECKSUM_AGG,
    APPROX_PERCENTILE_CONT,
    APPROX_PERCENTILE_DISC;

    /** The aggregates written {@code name(p) WITHIN GROUP (ORDER BY key)}. */
    public boolean isPercentile() {
      return this == APPROX_PERCENTILE_CONT || this == APPROX_PERCENTILE_DISC;
    }
  }

  public String toSql() {
    if (kind == Kind.STRING_AGG) {
      return "STRING_AGG(" + arg.toSql() + ", " + separator.toSql() + ")"
          + (order.isEmpty() ? "" : " WITHIN GROUP (ORDER BY " + String.join(", ",
              order.stream().map(k -> k.expr().toSql() + (k.descending() ? " DESC" : "")).toList()) + ")");
    }
    if (kind.isPercentile()) {
      OrderKey key = order.getFirst();
      return kind.name() + "(" + separator.toSql() + ") WITHIN GROUP (ORDER BY " + key.expr().toSql()
          + (key.descending() ? " DESC" : "") + ")";
    }
    return kind.name() + "(" + (arg == null ? "*" : (distinct ? "DISTINCT " : "") + arg.toSql()) + ")";
  }
}
