package dev.quern.engine.ast;

import java.util.List;

/**
 * What makes a CREATE INDEX a columnstore one ("CREATE COLUMNSTORE INDEX"): the {@code ORDER
 * (columns)} it names (empty: none), whether the statement wrote a column list ({@code keyList}; a
 * clustered columnstore takes none: 35335, a nonclustered one needs one: 35336), and the shapes
 * SQL Server refuses after parsing — INCLUDE (35311) and ASC/DESC ({@code sorted}, 35302) — kept so
 * that the executor raises them in SQL Server's order.
 */
public record ColumnstoreSpec(List<String> order, boolean keyList, boolean sorted) {
  public ColumnstoreSpec {
    order = List.copyOf(order);
  }

  /** {@code ORDER (…)} as written, or nothing. */
  public String toSql() {
    return order.isEmpty() ? "" : " ORDER (" + String.join(", ", order.stream().map(Names::quote).toList()) + ")";
  }
}
