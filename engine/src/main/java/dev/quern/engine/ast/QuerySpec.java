package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One SELECT query block: {@code SELECT [DISTINCT] [TOP n] items [FROM source] [WHERE]
 * [GROUP BY] [HAVING] [ORDER BY] [OFFSET … FETCH …]}.
 */
public record QuerySpec(
    boolean distinct,
    Top top,
    List<SelectItem> items,
    TableSource from,
    Expr where,
    List<Expr> groupBy,
    Expr having,
    List<OrderItem> orderBy,
    Expr offset,
    Expr fetch) {

  /** {@code TOP (n) [PERCENT] [WITH TIES]}. */
  public record Top(Expr count, boolean percent, boolean withTies) {
    String toSql() {
      return "TOP (" + count.toSql() + ")" + (percent ? " PERCENT" : "") + (withTies ? " WITH TIES" : "");
    }
  }

  /** One ORDER BY item. */
  public record OrderItem(Expr expr, boolean descending) {
    String toSql() {
      return expr.toSql() + (descending ? " DESC" : "");
    }
  }

  public String toSql() {
    StringBuilder sb = new StringBuilder("SELECT ");
    if (distinct) {
      sb.append("DISTINCT ");
    }
    if (top != null) {
      sb.append(top.toSql()).append(' ');
    }
    sb.append(items.stream().map(SelectItem::toSql).collect(Collectors.joining(", ")));
    if (from != null) {
      sb.append(" FROM ").append(from.toSql());
    }
    if (where != null) {
      sb.append(" WHERE ").append(where.toSql());
    }
    if (!groupBy.isEmpty()) {
      sb.append(" GROUP BY ")
          .append(groupBy.stream().map(Expr::toSql).collect(Collectors.joining(", ")));
    }
    if (having != null) {
      sb.append(" HAVING ").append(having.toSql());
    }
    if (!orderBy.isEmpty()) {
      sb.append(" ORDER BY ")
          .append(orderBy.stream().map(OrderItem::toSql).collect(Collectors.joining(", ")));
    }
    if (offset != null) {
      sb.append(" OFFSET ").append(offset.toSql()).append(" ROWS");
      if (fetch != null) {
        sb.append(" FETCH NEXT ").append(fetch.toSql()).append(" ROWS ONLY");
      }
    }
    return sb.toString();
  }
}
