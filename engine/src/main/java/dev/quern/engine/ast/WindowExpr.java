package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A window function: {@code call OVER ([PARTITION BY …] [ORDER BY … [frame]])} — ROW_NUMBER, RANK,
 * DENSE_RANK, NTILE, LAG, LEAD, FIRST_VALUE, LAST_VALUE, or an aggregate computed over the row's
 * frame: {@code frame}, or null for the default (the whole partition, or up to the row's last peer
 * in ORDER BY when there is one). {@code withinGroup} is the ORDER BY of PERCENTILE_CONT/DISC's
 * {@code WITHIN GROUP (ORDER BY …)} written before OVER (empty for the others). A window named
 * in a WINDOW clause ({@code OVER w}, {@code OVER (w ORDER BY …)}) is here with its definition
 * filled in.
 */
public record WindowExpr(
    FunctionCall call, List<Expr> partitionBy, List<QuerySpec.OrderItem> orderBy, WindowFrame frame,
    List<QuerySpec.OrderItem> withinGroup, Inherited inherited)
    implements Expr {
  /**
   * What a window written with a WINDOW clause's name took from it (its ORDER BY, its frame), for
   * the errors SQL Server words differently then; null for a window written in full after OVER.
   */
  public record Inherited(boolean order, boolean frame) {}

  public WindowExpr {
    partitionBy = List.copyOf(partitionBy);
    orderBy = List.copyOf(orderBy);
    withinGroup = List.copyOf(withinGroup);
  }

  /** A window function without WITHIN GROUP, written in full. */
  public WindowExpr(FunctionCall call, List<Expr> partitionBy, List<QuerySpec.OrderItem> orderBy, WindowFrame frame) {
    this(call, partitionBy, orderBy, frame, List.of(), null);
  }

  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder(call.toSql());
    if (!withinGroup.isEmpty()) {
      sb.append(" WITHIN GROUP (ORDER BY ")
          .append(withinGroup.stream().map(QuerySpec.OrderItem::toSql).collect(Collectors.joining(", "))).append(")");
    }
    sb.append(" OVER (");
    if (!partitionBy.isEmpty()) {
      sb.append("PARTITION BY ").append(partitionBy.stream().map(Expr::toSql).collect(Collectors.joining(", ")));
    }
    if (!orderBy.isEmpty()) {
      sb.append(partitionBy.isEmpty() ? "" : " ").append("ORDER BY ")
          .append(orderBy.stream().map(QuerySpec.OrderItem::toSql).collect(Collectors.joining(", ")));
    }
    if (frame != null) {
      sb.append(" ").append(frame.toSql());
    }
    return sb.append(")").toString();
  }
}
