package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A SELECT query: one block {@code SELECT [DISTINCT] [TOP n] items [FROM source] [WHERE]
 * [GROUP BY] [HAVING]}, the blocks combined with it by UNION/EXCEPT/INTERSECT ({@code
 * compounds}, applied left to right), and the ORDER BY / OFFSET … FETCH of the whole.
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
    Expr fetch,
    List<Compound> compounds) {

  /** The set operators. */
  public enum SetOperator {
    UNION,
    EXCEPT,
    INTERSECT
  }

  /** {@code UNION [ALL] block}, {@code EXCEPT block}, {@code INTERSECT block}. */
  public record Compound(SetOperator operator, boolean all, QuerySpec block) {}

  /** This query with {@code more} compounds after its own (applied after them, left to right). */
  public QuerySpec followedBy(List<Compound> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Compound> all = new java.util.ArrayList<>(compounds);
    all.addAll(more);
    return new QuerySpec(distinct, top, items, from, where, groupBy, having, orderBy, offset, fetch, List.copyOf(all));
  }

  /** This block alone, without compounds, ORDER BY or OFFSET. */
  public QuerySpec headBlock() {
    return new QuerySpec(distinct, top, items, from, where, groupBy, having, List.of(), null, null, List.of());
  }

  /** {@code TOP (n) [PERCENT] [WITH TIES]}. */
  public record Top(Expr count, boolean percent, boolean withTies) {
    String toSql() {
      return "TOP (" + count.toSql() + ")" + (percent ? " PERCENT" : "") + (withTies ? " WITH TIES" : "");
    }
  }

  /** One ORDER BY item. */
  public record OrderItem(Expr expr, boolean descending) {
    public String toSql() {
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
    for (Compound c : compounds) {
      String block = c.block().toSql();
      sb.append(' ').append(c.operator().name()).append(c.all() ? " ALL " : " ")
          .append(c.block().compounds().isEmpty() ? block : "(" + block + ")");
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
