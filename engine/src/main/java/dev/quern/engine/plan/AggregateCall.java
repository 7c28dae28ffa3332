package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * One aggregate of a GROUP BY: COUNT(*) has a null {@code arg}. STRING_AGG also has its
 * {@code separator} and, with WITHIN GROUP, the {@code order} of the values it joins.
 * APPROX_PERCENTILE_CONT/DISC keep their percentile in {@code separator} (their one argument)
 * and their WITHIN GROUP key both in {@code arg} and, with its direction, in {@code order}.
 * JSON_ARRAYAGG/JSON_OBJECTAGG keep the value in {@code arg}, JSON_OBJECTAGG's key in {@code
 * separator}, the ORDER BY in {@code order} and their NULL rule in {@code json}.
 */
public record AggregateCall(
    Kind kind, BoundExpr arg, boolean distinct, SqlType type, BoundExpr separator, List<OrderKey> order,
    JsonShape json) {
  public AggregateCall(Kind kind, BoundExpr arg, boolean distinct, SqlType type) {
    this(kind, arg, distinct, type, null, List.of(), null);
  }

  public AggregateCall(
      Kind kind, BoundExpr arg, boolean distinct, SqlType type, BoundExpr separator, List<OrderKey> order) {
    this(kind, arg, distinct, type, separator, order, null);
  }

  /**
   * How a JSON aggregate writes its values: NULL ones left out ({@code absentOnNull}) or written
   * {@code null}; values that are JSON text already ({@code valueIsJson}) go in unquoted.
   */
  public record JsonShape(boolean absentOnNull, boolean valueIsJson) {}

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
    APPROX_PERCENTILE_DISC,
    JSON_ARRAYAGG,
    JSON_OBJECTAGG;

    /** The aggregates written {@code name(p) WITHIN GROUP (ORDER BY key)}. */
    public boolean isPercentile() {
      return this == APPROX_PERCENTILE_CONT || this == APPROX_PERCENTILE_DISC;
    }

    /** Whether each row gives it more than its argument: a separator, a key or ORDER BY values. */
    public boolean takesMoreThanItsArgument() {
      return this == STRING_AGG || this == JSON_ARRAYAGG || this == JSON_OBJECTAGG || isPercentile();
    }
  }

  public String toSql() {
    if (kind == Kind.STRING_AGG) {
      return "STRING_AGG(" + arg.toSql() + ", " + separator.toSql() + ")"
          + (order.isEmpty() ? "" : " WITHIN GROUP (ORDER BY " + String.join(", ",
              order.stream().map(k -> k.expr().toSql() + (k.descending() ? " DESC" : "")).toList()) + ")");
    }
    if (json != null) {
      return kind.name() + "(" + (separator == null ? "" : separator.toSql() + ":") + arg.toSql()
          + (order.isEmpty() ? "" : " ORDER BY " + String.join(", ",
              order.stream().map(k -> k.expr().toSql() + (k.descending() ? " DESC" : "")).toList()))
          + (json.absentOnNull() ? " ABSENT ON NULL" : " NULL ON NULL") + ")";
    }
    if (kind.isPercentile()) {
      OrderKey key = order.getFirst();
      return kind.name() + "(" + separator.toSql() + ") WITHIN GROUP (ORDER BY " + key.expr().toSql()
          + (key.descending() ? " DESC" : "") + ")";
    }
    return kind.name() + "(" + (arg == null ? "*" : (distinct ? "DISTINCT " : "") + arg.toSql()) + ")";
  }
}
